package io.loginwatch.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Splits a body into top-level JSON values, deciding the framing from the bytes themselves: one object, one array
 * (its elements), NDJSON or concatenated objects. When an NDJSON line is broken, only that line is rejected.
 */
final class BodyDecoder {

    /** One top-level value, or the reason its line could not be parsed. */
    record Value(@Nullable JsonNode json, @Nullable String error) {}

    private final ObjectMapper mapper;

    BodyDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    List<Value> decode(byte[] body) {
        int start = firstNonWhitespace(body);
        if (start < 0) {
            throw IngestException.notJson("The body is empty");
        }
        if (body[start] != '{' && body[start] != '[') {
            throw IngestException.notJson("The body must be a JSON object, a JSON array or NDJSON; it starts with '"
                    + printable(body[start]) + "'");
        }
        try {
            return readSequence(body);
        } catch (JacksonException whole) {
            if (body[start] == '{' && hasSeveralLines(body, start)) {
                return readLines(body);
            }
            throw IngestException.notJson(
                    "The body is not valid JSON: " + whole.getOriginalMessage() + location(whole));
        }
    }

    private List<Value> readSequence(byte[] body) {
        List<Value> values = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY && values.isEmpty()) {
                    JsonNode array = mapper.readTree(parser);
                    array.forEach(element -> values.add(new Value(element, null)));
                    if (parser.nextToken() != null) {
                        throw IngestException.notJson("Unexpected content after the top-level JSON array");
                    }
                    return values;
                }
                values.add(new Value(mapper.readTree(parser), null));
            }
        }
        return values;
    }

    private List<Value> readLines(byte[] body) {
        List<Value> values = new ArrayList<>();
        String text = new String(body, StandardCharsets.UTF_8);
        int lineNumber = 0;
        for (String line : text.split("\r?\n")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                values.add(new Value(mapper.readTree(line), null));
            } catch (JacksonException e) {
                values.add(new Value(null, "line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage()));
            }
        }
        return values;
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
