package io.loginwatch.source.canonical;

import io.loginwatch.source.Json;
import io.loginwatch.source.RecordRejectedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Validation shared by the canonical sign-in and audit formats; each failure names the field. */
final class CanonicalFields {

    private static final Pattern SOURCE = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,63}$");
    static final String DEFAULT_SOURCE = "canonical";

    private CanonicalFields() {}

    /** A canonical delivery is one record or an array of records. */
    static java.util.List<JsonNode> records(JsonNode delivered) {
        java.util.List<JsonNode> records = new java.util.ArrayList<>();
        if (delivered.isArray()) {
            delivered.forEach(records::add);
        } else {
            records.add(delivered);
        }
        return records;
    }

    static void requireObject(JsonNode record) {
        if (!record.isObject()) {
            throw new RecordRejectedException("record must be a JSON object, got " + record.getNodeType());
        }
    }

    static String source(JsonNode record) {
        String source = Json.text(record, "source");
        if (source == null) {
            return DEFAULT_SOURCE;
        }
        String normalized = source.trim().toLowerCase(Locale.ROOT);
        if (!SOURCE.matcher(normalized).matches()) {
            throw new RecordRejectedException(
                    "source '" + source + "' must be 1-64 characters of a-z, 0-9, '.', '_' or '-'");
        }
        return normalized;
    }

    /** The sender's eventId, or a deterministic id derived from the record's content. */
    static String eventId(JsonNode record) {
        String eventId = Json.text(record, "eventId");
        if (eventId != null) {
            if (eventId.length() > 256) {
                throw new RecordRejectedException("eventId is longer than 256 characters");
            }
            return eventId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(record.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String requiredText(JsonNode record, String field) {
        String value = Json.text(record, field);
        if (value == null) {
            throw new RecordRejectedException(field + " is required");
        }
        return value;
    }

    static @Nullable String ip(JsonNode record) {
        String raw = Json.text(record, "ip");
        if (raw == null) {
            return null;
        }
        String ip = Json.ipOrNull(raw);
        if (ip == null) {
            throw new RecordRejectedException("ip '" + raw + "' is not an IPv4 or IPv6 address");
        }
        return ip;
    }

    static @Nullable Boolean bool(JsonNode record, String field) {
        JsonNode value = record.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new RecordRejectedException(field + " must be true or false, got " + value);
        }
        return value.booleanValue();
    }

    static @Nullable Double coordinate(JsonNode record, String field, double limit) {
        JsonNode value = record.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || Math.abs(value.doubleValue()) > limit) {
            throw new RecordRejectedException(
                    field + " must be a number between -" + (int) limit + " and " + (int) limit + ", got " + value);
        }
        return value.doubleValue();
    }

    static @Nullable Long asn(JsonNode record) {
        JsonNode value = record.path("asn");
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asString().trim();
        if (text.regionMatches(true, 0, "AS", 0, 2)) {
            text = text.substring(2);
        }
        try {
            long asn = Long.parseLong(text);
            if (asn < 0 || asn > 4_294_967_295L) {
                throw new NumberFormatException();
            }
            return asn;
        } catch (NumberFormatException e) {
            throw new RecordRejectedException("asn must be an AS number like 64496 or \"AS64496\", got " + value);
        }
    }

    static @Nullable String country(JsonNode record) {
        String country = Json.text(record, "country");
        if (country == null) {
            return null;
        }
        String code = country.trim().toUpperCase(Locale.ROOT);
        if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(code)) {
            throw new RecordRejectedException("country '" + country + "' is not an ISO 3166-1 alpha-2 code (e.g. US)");
        }
        return code;
    }

    static <E extends Enum<E>> @Nullable E enumValue(JsonNode record, String field, Class<E> type) {
        String value = Json.text(record, field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RecordRejectedException(
                    field + " '" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
