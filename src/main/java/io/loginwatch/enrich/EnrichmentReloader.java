package io.loginwatch.enrich;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Re-reads replaced data files (GeoIP databases, named networks, anonymizer lists) without a restart. */
@Component
class EnrichmentReloader {

    private static final Logger log = LoggerFactory.getLogger(EnrichmentReloader.class);

    private final Enricher enricher;

    EnrichmentReloader(Enricher enricher) {
        this.enricher = enricher;
    }

    @Scheduled(
            fixedDelayString = "${loginwatch.enrich.reload-interval:60s}",
            initialDelayString = "${loginwatch.enrich.reload-interval:60s}")
    void reload() {
        ReloadReport report = enricher.reloadIfChanged();
        report.reloaded().forEach(path -> log.info("Reloaded enrichment data from {}", path));
        report.failures()
                .forEach(failure -> log.error(
                        "Kept the previous data: replacement {} is unusable: {}", failure.path(), failure.message()));
    }
}
