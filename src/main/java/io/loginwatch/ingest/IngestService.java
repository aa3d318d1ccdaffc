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
import tools.jackson.databind.ObjectMapper;

/**
 * Turns a body into stored events: decode it value by value, unwrap, parse and enrich each record as it is read (its
 * JSON tree is garbage as soon as it is mapped), then store the batch in one transaction.
 */
@Service
class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final EventStore store;
    private final Enrichment enrichment;
    private final IngestMetrics metrics;
    private final BodyDecoder decoder;

    IngestService(EventStore store, Enrichment enrichment, IngestMetrics metrics, ObjectMapper mapper) {
        this.store = store;
        this.enrichment = enrichment;
        this.metrics = metrics;
        this.decoder = new BodyDecoder(mapper);
    }

    IngestResult ingest(SourceParser parser, byte[] body, int maxRecords) {
        Batch batch = new Batch(parser, maxRecords);
        decoder.decode(body, batch);
        StoreResult stored = store.store(batch.signIns, batch.audits);
        metrics.record(parser.source(), stored.inserted(), stored.duplicates(), batch.skipped, batch.rejected.size());
        return new IngestResult(stored.inserted(), stored.duplicates(), batch.skipped, batch.rejected);
    }

    /** The records of one body, mapped and enriched as the decoder hands them over. */
    private final class Batch implements BodyDecoder.Sink {

        private final SourceParser parser;
        private final int maxRecords;
        private final List<SignIn> signIns = new ArrayList<>();
        private final List<AuditEvent> audits = new ArrayList<>();
        private final List<IngestResult.Rejection> rejected = new ArrayList<>();
        private int skipped;
        private int index;

        Batch(SourceParser parser, int maxRecords) {
            this.parser = parser;
            this.maxRecords = maxRecords;
        }

        @Override
        public void value(JsonNode json) {
            List<JsonNode> records;
            try {
                records = parser.unwrap(json);
            } catch (RecordRejectedException e) {
                rejected.add(new IngestResult.Rejection(index++, e.getMessage()));
                return;
            }
            for (JsonNode record : records) {
                record(record);
            }
        }

        private void record(JsonNode record) {
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

        @Override
        public void broken(String error) {
            rejected.add(new IngestResult.Rejection(index++, error));
        }

        @Override
        public void restart() {
            signIns.clear();
            audits.clear();
            rejected.clear();
            skipped = 0;
            index = 0;
        }
    }
}
