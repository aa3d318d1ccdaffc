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
    private final NamedNetworkAdministration namedNetworks;

    EnrichmentReloader(Enricher enricher, NamedNetworkAdministration namedNetworks) {
        this.enricher = enricher;
        this.namedNetworks = namedNetworks;
    }

    /** API-managed named networks are loaded at start-up, before the first event is enriched. */
    @org.springframework.context.event.EventListener(
            org.springframework.boot.context.event.ApplicationStartedEvent.class)
    void loadNamedNetworks() {
        namedNetworks.refresh();
    }

    @Scheduled(
            fixedDelayString = "${loginwatch.enrich.reload-interval:60s}",
            initialDelayString = "${loginwatch.enrich.reload-interval:60s}")
    void reload() {
        namedNetworks.refresh();
        ReloadReport report = enricher.reloadIfChanged();
        report.reloaded().forEach(path -> log.info("Reloaded enrichment data from {}", path));
        report.failures()
                .forEach(failure -> log.error(
                        "Kept the previous data: replacement {} is unusable: {}", failure.path(), failure.message()));
    }
}
