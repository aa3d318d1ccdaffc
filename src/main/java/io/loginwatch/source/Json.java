package io.loginwatch.source;

import java.net.InetAddress;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Null-safe reads of vendor JSON: missing, JSON null and empty strings all read as {@code null}. */
public final class Json {

    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:]+(:\\d{1,3}(\\.\\d{1,3}){3})?$");

    private Json() {}

    /** The node at a path of field names; a missing node when any step is absent. */
    public static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String field : path) {
            if (current == null || !current.isObject()) {
                return tools.jackson.databind.node.MissingNode.getInstance();
            }
            current = current.path(field);
        }
        return current;
    }

    /** Text at a path; numbers and booleans are rendered as text; missing, null or blank read as null. */
    public static @Nullable String text(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (value.isMissingNode() || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString();
        return text == null || text.isBlank() ? null : text;
    }

    /** First non-null text among several paths, each given as a dotted string ({@code "properties.id"}). */
    public static @Nullable String firstText(JsonNode node, String... dottedPaths) {
        for (String dotted : dottedPaths) {
            String value = text(node, dotted.split("\\."));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public static @Nullable Boolean bool(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> null;
        };
    }

    public static @Nullable Double number(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (value.isNumber()) {
            return value.doubleValue();
        }
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static @Nullable Long longValue(JsonNode node, String... path) {
        Double value = number(node, path);
        return value == null ? null : value.longValue();
    }

    /** Array elements at a path (empty when absent or not an array). */
    public static List<JsonNode> array(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        }
        return items;
    }

    /**
     * Parses an ISO-8601 instant with or without offset ({@code Z}, {@code +02:00}) and any fractional precision.
     *
     * @throws RecordRejectedException naming the field when the value is missing or malformed
     */
    public static Instant requiredInstant(JsonNode node, String field, String... path) {
        String text = text(node, path);
        if (text == null) {
            throw new RecordRejectedException(field + " is required");
        }
        return parseInstant(text, field);
    }

    public static Instant parseInstant(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                throw new RecordRejectedException(
                        field + " '" + text + "' is not an ISO-8601 timestamp with offset (e.g. 2025-03-04T17:10:03Z)");
            }
        }
    }

    /**
     * The value when it is an IPv4 or IPv6 literal, else null ({@code AWS Internal}, {@code ec2.amazonaws.com},
     * {@code private} ...). IPv6 is kept in its source spelling, lower-cased.
     */
    public static @Nullable String ipOrNull(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String candidate = value.trim();
        if (IPV4.matcher(candidate).matches()
                || (candidate.contains(":") && IPV6.matcher(candidate).matches())) {
            try {
                // the pattern guarantees a literal, so this never resolves a host name
                InetAddress.getByName(candidate);
                return candidate.toLowerCase(java.util.Locale.ROOT);
            } catch (java.net.UnknownHostException e) {
                return null;
            }
        }
        return null;
    }
}
