package io.loginwatch.ingest;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Splits a body into top-level JSON values, deciding the framing from the bytes themselves: one object, one array
 * (its elements), NDJSON or concatenated objects. When an NDJSON line is broken, only that line is rejected.
 *
 * <p>Streaming: one pass of a Jackson streaming parser over the body hands each value to a {@link Sink} as soon as it
 * is read, and the elements of a top-level array one by one, so each value's tree can be dropped once the sink has
 * used it. A large body that is one vendor envelope ({@code {"records": [...]}}, {@code {"Records": [...]}},
 * {@code {"items": [...]}}, {@code {"data": {"events": [...]}}}) is not read as one tree either: its record array is
 * handed over in chunks of {@value #CHUNK} records, each time in the same envelope object (holding the fields read
 * before the array), so the sink unwraps the records of one chunk at a time, in order. When the body turns out to be
 * NDJSON with a broken line, the sink is told to {@link Sink#restart() restart} and the body is read again line by
 * line.
 */
final class BodyDecoder {

    /** Receives the values of a body in order. */
    interface Sink {

        void value(JsonNode json);

        /** A line that is not JSON (NDJSON only); it counts as a record and is rejected with this reason. */
        void broken(String error);

        /** Forget every value received so far: the body is being read again from the start. */
        void restart();
    }

    /** Bodies from this size whose first value is an object are read envelope-aware (see the class comment). */
    static final int STREAM_ENVELOPES_FROM = 1 << 20;

    /** Records per chunk of a streamed envelope array. */
    static final int CHUNK = 256;

    private static final Set<String> ENVELOPE_ARRAYS = Set.of("records", "Records", "items");

    private final ObjectReader reader;

    BodyDecoder(ObjectMapper mapper) {
        // the streaming parser stays on each value's last token; trailing values are read next, not an error
        this.reader = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    void decode(byte[] body, Sink sink) {
        int start = firstNonWhitespace(body);
        if (start < 0) {
            throw IngestException.notJson("The body is empty");
        }
        if (body[start] != '{' && body[start] != '[') {
            throw IngestException.notJson("The body must be a JSON object, a JSON array or NDJSON; it starts with '"
                    + printable(body[start]) + "'");
        }
        try {
            readSequence(body, sink);
        } catch (SinkFailure e) {
            throw e.getCause();
        } catch (JacksonException whole) {
            if (body[start] == '{' && hasSeveralLines(body, start)) {
                sink.restart();
                readLines(body, sink);
                return;
            }
            throw IngestException.notJson(
                    "The body is not valid JSON: " + whole.getOriginalMessage() + location(whole));
        }
    }

    private void readSequence(byte[] body, Sink sink) {
        try (JsonParser parser = reader.createParser(body)) {
            boolean first = true;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY && first) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        deliver(sink, reader.readTree(parser));
                    }
                    if (parser.nextToken() != null) {
                        throw IngestException.notJson("Unexpected content after the top-level JSON array");
                    }
                    return;
                }
                if (token == JsonToken.START_OBJECT && first && body.length >= STREAM_ENVELOPES_FROM) {
                    readEnvelope(parser, sink);
                } else {
                    deliver(sink, reader.readTree(parser));
                }
                first = false;
            }
        }
    }

    /** An object whose envelope record array, if long, is handed over chunk by chunk; else the object as a whole. */
    private void readEnvelope(JsonParser parser, Sink sink) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        boolean streamed = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && ENVELOPE_ARRAYS.contains(name)) {
                streamed |= readRecords(parser, sink, envelope, envelope, name);
            } else if (value == JsonToken.START_OBJECT && name.equals("data")) {
                ObjectNode data = JsonNodeFactory.instance.objectNode();
                envelope.set(name, data);
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String inner = parser.currentName();
                    if (parser.nextToken() == JsonToken.START_ARRAY && inner.equals("events")) {
                        streamed |= readRecords(parser, sink, envelope, data, inner);
                    } else {
                        data.set(inner, reader.readTree(parser));
                    }
                }
            } else {
                envelope.set(name, reader.readTree(parser));
            }
        }
        if (!streamed) {
            deliver(sink, envelope);
        }
    }

    /**
     * Reads a record array into {@code holder.field}; when it is longer than one chunk, hands the envelope to the sink
     * once per chunk. Returns whether it did.
     */
    private boolean readRecords(JsonParser parser, Sink sink, ObjectNode envelope, ObjectNode holder, String field) {
        ArrayNode chunk = JsonNodeFactory.instance.arrayNode();
        holder.set(field, chunk);
        boolean streamed = false;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            chunk.add(reader.readTree(parser));
            if (chunk.size() == CHUNK) {
                deliver(sink, envelope);
                streamed = true;
                chunk = JsonNodeFactory.instance.arrayNode();
                holder.set(field, chunk);
            }
        }
        if (streamed && !chunk.isEmpty()) {
            deliver(sink, envelope);
        }
        return streamed;
    }

    private void readLines(byte[] body, Sink sink) {
        int lineNumber = 0;
        int from = 0;
        while (from < body.length) {
            int end = from;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            lineNumber++;
            int to = end > from && body[end - 1] == '\r' ? end - 1 : end;
            if (!isBlank(body, from, to)) {
                JsonNode value = null;
                try {
                    value = reader.readTree(body, from, to - from);
                } catch (JacksonException e) {
                    sink.broken("line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage());
                }
                if (value != null) {
                    sink.value(value);
                }
            }
            from = end + 1;
        }
    }

    private static void deliver(Sink sink, @Nullable JsonNode value) {
        if (value == null) {
            return;
        }
        try {
            sink.value(value);
        } catch (JacksonException e) {
            throw new SinkFailure(e); // not the body's fault: must not be taken for a parse error of the body
        }
    }

    /** A Jackson exception raised by the sink, carried past the body's own parse-error handling. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(JacksonException cause) {
            super(cause);
        }

        @Override
        public synchronized JacksonException getCause() {
            return (JacksonException) super.getCause();
        }
    }

    private static boolean isBlank(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(body[i])) {
                return false;
            }
        }
        return true;
    }

    private static String location(JacksonException e) {
        var location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static int firstNonWhitespace(byte[] body) {
        int i = 0;
        // skip a UTF-8 byte order mark
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < body.length; i++) {
            if (!Character.isWhitespace(body[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasSeveralLines(byte[] body, int start) {
        for (int i = start; i < body.length; i++) {
            if (body[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    private static String printable(byte b) {
        return b >= 32 && b < 127 ? String.valueOf((char) b) : String.format("0x%02x", b);
    }
}
