package io.loginwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shared vendor fixtures scaled up: each fixture record is a template; copies get a fresh id, their own time and
 * one of many users, and are wrapped in the vendor's delivery envelope.
 */
enum VendorRecords {
    OKTA("okta", "fixtures/okta/system-log-api-page.json", null, null) {
        @Override
        void vary(ObjectNode record, String id, Instant at, int user) {
            record.put("uuid", id);
            record.put("published", at.truncatedTo(ChronoUnit.MILLIS).toString());
            JsonNode actor = record.get("actor");
            if (actor instanceof ObjectNode object
                    && "User".equals(object.path("type").asString(""))) {
                object.put("alternateId", "user" + user + "@example.com");
                object.put("displayName", "User " + user);
            }
        }
    },
    ENTRA("entra", "fixtures/entra/eventhub-signinlogs.json", "records", "{\"records\":") {
        @Override
        void vary(ObjectNode record, String id, Instant at, int user) {
            record.put("time", at.toString());
            if (record.get("properties") instanceof ObjectNode properties) {
                properties.put("id", id);
                properties.put("originalRequestId", id);
                properties.put("createdDateTime", at.toString());
                properties.put("userPrincipalName", "user" + user + "@example.com");
                properties.put("userDisplayName", "User " + user);
            }
        }
    },
    CLOUDTRAIL("aws-cloudtrail", "fixtures/aws-cloudtrail/s3-cloudtrail-file.json", "Records", "{\"Records\":") {
        @Override
        void vary(ObjectNode record, String id, Instant at, int user) {
            record.put("eventID", id);
            record.put("eventTime", at.truncatedTo(ChronoUnit.SECONDS).toString());
            if (record.get("userIdentity") instanceof ObjectNode identity) {
                if (identity.has("userName")) {
                    identity.put("userName", "user" + user);
                }
                String arn = identity.path("arn").asString(null);
                if (arn != null && arn.contains("/")) {
                    identity.put("arn", arn.substring(0, arn.lastIndexOf('/') + 1) + "user" + user);
                }
            }
        }
    };

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String source;
    private final String fixture;
    private final String arrayField;
    private final String envelopeStart;

    VendorRecords(String source, String fixture, String arrayField, String envelopeStart) {
        this.source = source;
        this.fixture = fixture;
        this.arrayField = arrayField;
        this.envelopeStart = envelopeStart;
    }

    String source() {
        return source;
    }

    abstract void vary(ObjectNode record, String id, Instant at, int user);

    List<JsonNode> templates() {
        try {
            JsonNode root = MAPPER.readTree(Files.readString(Path.of("src/test/resources", fixture)));
            JsonNode array = arrayField == null ? root : root.get(arrayField);
            List<JsonNode> templates = new ArrayList<>();
            array.forEach(templates::add);
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Batch bodies of {@code batchSize} records each, {@code count} records in all, in the vendor's envelope, each
     * encoded (gzip) as soon as it is complete so the texts never pile up in memory.
     */
    List<byte[]> bodies(
            int count, int batchSize, int users, Instant start, long seed, Function<String, byte[]> encode) {
        List<JsonNode> templates = templates();
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int n = 0; n < count; n++) {
            if (n % batchSize == 0) {
                if (n > 0) {
                    bodies.add(encode.apply(close(body)));
                }
                body.setLength(0);
                body.append(envelopeStart == null ? "[" : envelopeStart + "[");
            } else {
                body.append(',');
            }
            ObjectNode record = (ObjectNode) templates.get(n % templates.size()).deepCopy();
            vary(
                    record,
                    new UUID(seed, n).toString(),
                    start.plusMillis(n * 500L + random.nextInt(400)),
                    random.nextInt(users));
            body.append(MAPPER.writeValueAsString(record));
        }
        if (count > 0) {
            bodies.add(encode.apply(close(body)));
        }
        return bodies;
    }

    private String close(StringBuilder body) {
        return body + (envelopeStart == null ? "]" : "]}");
    }
}
