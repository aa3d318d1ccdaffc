package io.loginwatch.ingest;

import io.loginwatch.enrich.Enrichment;
import io.loginwatch.events.EventStore;
import io.loginwatch.events.StoreResult;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.SignIn;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.RecordRejectedException;
import io.loginwatch.source.SourceParser;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/** Turns a decoded body into stored events: unwrap, parse each record, enrich, store the batch in one transaction. */
@Service
class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final EventStore store;
    private final Enrichment enrichment;
    private final IngestMetrics metrics;

    IngestService(EventStore store, Enrichment enrichment, IngestMetrics metrics) {
        this.store = store;
        this.enrichment = enrichment;
        this.metrics = metrics;
    }

    IngestResult ingest(SourceParser parser, List<BodyDecoder.Value> values, int maxRecords) {
        List<SignIn> signIns = new ArrayList<>();
        List<AuditEvent> audits = new ArrayList<>();
        List<IngestResult.Rejection> rejected = new ArrayList<>();
        int skipped = 0;
        int index = 0;
        for (BodyDecoder.Value value : values) {
            if (value.json() == null) {
                rejected.add(new IngestResult.Rejection(index++, String.valueOf(value.error())));
                continue;
            }
            List<JsonNode> records;
            try {
                records = parser.unwrap(value.json());
            } catch (RecordRejectedException e) {
                rejected.add(new IngestResult.Rejection(index++, e.getMessage()));
                continue;
            }
            for (JsonNode record : records) {
                if (index >= maxRecords) {
                    throw IngestException.tooLarge("The batch holds more than " + maxRecords
                            + " records (loginwatch.ingest.max-records); split it");
                }
                try {
                    ParsedRecord parsed = parser.parse(record);
                    if (parsed instanceof ParsedRecord.SignInRecord r) {
                        signIns.add(enrichment.enrich(r.signIn()));
                    } else if (parsed instanceof ParsedRecord.AuditRecord r) {
                        audits.add(enrichment.enrich(r.event()));
                    } else {
                        skipped++;
                    }
                } catch (RecordRejectedException e) {
                    rejected.add(new IngestResult.Rejection(index, e.getMessage()));
                } catch (RuntimeException e) {
                    log.warn("Record {} from source {} could not be mapped", index, parser.source(), e);
                    rejected.add(new IngestResult.Rejection(
                            index, "record could not be mapped (" + e.getClass().getSimpleName() + ")"));
                }
                index++;
            }
        }
        StoreResult stored = store.store(signIns, audits);
        metrics.record(parser.source(), stored.inserted(), stored.duplicates(), skipped, rejected.size());
        return new IngestResult(stored.inserted(), stored.duplicates(), skipped, rejected);
    }
}
