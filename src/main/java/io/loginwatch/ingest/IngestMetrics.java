package io.loginwatch.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counters of ingested records by source and result ({@code loginwatch.ingest.records}). */
@Component
class IngestMetrics {

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String source, int accepted, int duplicates, int skipped, int rejected) {
        count(source, "accepted", accepted);
        count(source, "duplicate", duplicates);
        count(source, "skipped", skipped);
        count(source, "rejected", rejected);
    }

    private void count(String source, String result, int amount) {
        if (amount > 0) {
            registry.counter("loginwatch.ingest.records", "source", source, "result", result)
                    .increment(amount);
        }
    }
}
