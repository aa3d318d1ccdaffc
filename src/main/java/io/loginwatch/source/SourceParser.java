package io.loginwatch.source;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Turns one vendor's deliveries into canonical records. Implementations are stateless and thread-safe. */
public interface SourceParser {

    /** The source path segment, e.g. {@code okta}, {@code aws-cloudtrail}. */
    String source();

    /**
     * Unwraps one top-level JSON value exactly as delivered (a bare record, or any of the vendor's envelopes) into
     * the vendor records it holds, in document order. The position in the returned list is the record's index in
     * ingest responses.
     *
     * @throws RecordRejectedException when the value is an envelope that cannot be opened (e.g. bad base64)
     */
    List<JsonNode> unwrap(JsonNode delivered);

    /**
     * Maps one vendor record.
     *
     * @return a sign-in, an audit event, or a skip (a record that carries no sign-in or audit meaning)
     * @throws RecordRejectedException when the record lacks what it needs (no time, no actor ...), with a reason
     *     precise enough for the sender to fix it
     */
    ParsedRecord parse(JsonNode record);
}
