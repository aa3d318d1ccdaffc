package io.loginwatch.ingest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What happened to a batch. Sent with 200 only after the batch is committed.
 *
 * @param accepted records stored by this request
 * @param duplicates valid records that were already stored (retries)
 * @param skipped records accepted but without sign-in or audit meaning (e.g. housekeeping events)
 * @param rejected records that could not be used, by index (position after unwrapping envelopes)
 */
@Schema(name = "IngestResponse")
record IngestResult(int accepted, int duplicates, int skipped, List<Rejection> rejected) {

    /** A record that was not stored, with the reason precise enough to fix the sender. */
    record Rejection(int index, String reason) {}
}
