package io.loginwatch.ingest;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Splits a body into top-level JSON values, deciding the framing from the bytes themselves: one object, one array
 * (its elements), NDJSON or concatenated objects. When an NDJSON line is broken, only that line is rejected.
 *
 * <p>Streaming: one pass of a Jackson streaming parser over the body hands each value to a {@link Sink} as soon as it
 * is read, and the elements of a top-level array one by one, so no tree of the whole body is ever built and each
 * value's tree can be dropped once the sink has used it. When the body turns out to be NDJSON with a broken line, the
 * sink is told to {@link Sink#restart() restart} and the body is read again line by line.
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
                first = false;
                deliver(sink, reader.readTree(parser));
            }
        }
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
