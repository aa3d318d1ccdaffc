package io.loginwatch.source.gcp;

import static io.loginwatch.source.SourceFixtureContract.MAPPER;
import static io.loginwatch.source.SourceFixtureContract.assertFixture;
import static io.loginwatch.source.SourceFixtureContract.deliveries;
import static io.loginwatch.source.SourceFixtureContract.parseAll;
import static io.loginwatch.source.SourceFixtureContract.resource;
import static io.loginwatch.source.SourceFixtureContract.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.RecordRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class GcpAuditParserTests {

    private final GcpAuditParser parser = new GcpAuditParser(MAPPER);

    @ParameterizedTest
    @ValueSource(strings = {"logentries.jsonl", "pubsub-push-request.json"})
    void extractsEveryValueTheFixtureListsForEachEntry(String file) {
        assertFixture(parser, file, row -> text(row, "event_id"));
    }

    @Test
    void decodesThePubSubPushDataIntoTheLogEntry() {
        JsonNode push = deliveries("gcp-audit", "pubsub-push-request.json").get(0);

        List<JsonNode> records = parser.unwrap(push);

        assertThat(records).hasSize(1);
        assertThat(records.get(0))
                .isEqualTo(MAPPER.readTree(resource("fixtures/gcp-audit/pubsub-push-request.decoded-data.json")));
    }

    @Test
    void dedupesOnInsertIdNotOnThePubSubMessageId() {
        AuditEvent event = audit(parseAll(parser, "pubsub-push-request.json").get(0));

        assertThat(event.sourceEventId()).isEqualTo("-f3x1a9e2k7pc").isNotEqualTo("13920000000000001");
        assertThat(event.raw()).contains("\"insertId\"").doesNotContain("subscription");
    }

    @Test
    void rejectsAPubSubPushWithBadBase64NamingTheMessage() {
        JsonNode push = MAPPER.readTree("""
                {"message":{"data":"not*base64!","messageId":"42"},"subscription":"projects/p/subscriptions/s"}
                """);

        assertThatThrownBy(() -> parser.unwrap(push))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessageStartingWith("Pub/Sub message 42: message.data is not valid base64");
    }

    @Test
    void rejectsAPubSubPushWhoseDataIsNotJson() {
        String data = Base64.getEncoder().encodeToString("hello, not json".getBytes(StandardCharsets.UTF_8));
        JsonNode push = MAPPER.readTree("{\"message\":{\"data\":\"" + data + "\",\"messageId\":\"43\"},"
                + "\"subscription\":\"projects/p/subscriptions/s\"}");

        assertThatThrownBy(() -> parser.unwrap(push))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessageStartingWith("Pub/Sub message 43: message.data does not decode to JSON");
    }

    @Test
    void rejectsAPubSubPushWithoutData() {
        JsonNode push =
                MAPPER.readTree("{\"message\":{\"messageId\":\"44\"},\"subscription\":\"projects/p/subscriptions/s\"}");

        assertThatThrownBy(() -> parser.unwrap(push))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("Pub/Sub message 44: message.data is required (the base64 LogEntry)");
    }

    @Test
    void acceptsUrlSafeBase64InAPubSubPush() {
        String entry = resource("fixtures/gcp-audit/pubsub-push-request.decoded-data.json");
        String data = Base64.getUrlEncoder().encodeToString(entry.getBytes(StandardCharsets.UTF_8));
        JsonNode push = MAPPER.readTree("{\"message\":{\"data\":\"" + data + "\"},\"subscription\":\"s\"}");

        assertThat(parser.unwrap(push)).containsExactly(MAPPER.readTree(entry));
    }

    @Test
    void unwrapsAnArrayOfLogEntries() {
        List<JsonNode> lines = deliveries("gcp-audit", "logentries.jsonl");

        List<JsonNode> records = parser.unwrap(MAPPER.createArrayNode().addAll(lines));

        assertThat(records).containsExactlyElementsOf(lines);
    }

    @Test
    void reportsTheStatusCodeNameOfAFailedCall() {
        AuditEvent denied = audit(parseAll(parser, "logentries.jsonl").get(2));

        assertThat(denied.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(denied.failureReason()).isEqualTo("7 (PERMISSION_DENIED)");
    }

    @Test
    void namesTheProjectTheUserAgentAndTheGrantedBinding() {
        AuditEvent setIamPolicy = audit(parseAll(parser, "logentries.jsonl").get(0));

        assertThat(setIamPolicy.tenant()).isEqualTo("example-prod-4711");
        assertThat(setIamPolicy.actor().type()).isEqualTo(PrincipalType.USER);
        assertThat(setIamPolicy.actor().rawId()).isEqualTo("user:bob.okafor@example.com");
        assertThat(setIamPolicy.targets())
                .containsExactly("projects/example-prod-4711", "ADD roles/owner user:mallory@example.net");
        assertThat(setIamPolicy.userAgent())
                .startsWith("google-cloud-sdk gcloud/512.0.0")
                .doesNotContain("gzip(gfe)");
    }

    @Test
    void stripsTheFrontEndSuffixesFromAConsoleUserAgent() {
        AuditEvent console = audit(parseAll(parser, "logentries.jsonl").get(3));

        assertThat(console.userAgent()).endsWith("Safari/537.36");
    }

    @Test
    void mapsAServiceAccountActorWithItsKeyAndANonIpCaller() {
        AuditEvent publicBucket = audit(parseAll(parser, "variants.jsonl").get(0));

        assertThat(publicBucket.actor().name()).isEqualTo("deployer@example-prod-4711.iam.gserviceaccount.com");
        assertThat(publicBucket.actor().type()).isEqualTo(PrincipalType.SERVICE_ACCOUNT);
        assertThat(publicBucket.accessKeyId()).endsWith("/keys/0f1e2d3c4b5a69788796a5b4c3d2e1f001234567");
        assertThat(publicBucket.ip()).isNull();
        assertThat(publicBucket.targets())
                .containsExactly("projects/_/buckets/example-prod-backups", "ADD roles/storage.objectViewer allUsers");
        assertThat(publicBucket.occurredAt()).isEqualTo(Instant.parse("2025-03-05T12:00:00Z"));
        assertThat(publicBucket.mfa()).isNull();
    }

    @Test
    void skipsSystemEventsPerformedByGoogleAndEntriesThatAreNoAuditLogs() {
        List<ParsedRecord> parsed = parseAll(parser, "variants.jsonl");

        assertThat(parsed.get(1)).isInstanceOf(ParsedRecord.Skipped.class);
        assertThat(parsed.get(2)).isInstanceOf(ParsedRecord.Skipped.class);
    }

    @Test
    void rejectsAnEntryWithoutTimestamp() {
        ObjectNode entry = firstEntry();
        entry.remove("timestamp");

        assertThatThrownBy(() -> parser.parse(entry))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("timestamp is required");
    }

    @Test
    void rejectsAnAdminActivityEntryWithoutActor() {
        ObjectNode entry = firstEntry();
        ((ObjectNode) entry.path("protoPayload")).remove("authenticationInfo");

        assertThatThrownBy(() -> parser.parse(entry))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("protoPayload.authenticationInfo.principalEmail is required");
    }

    @Test
    void rejectsAnEntryWithoutInsertId() {
        ObjectNode entry = firstEntry();
        entry.remove("insertId");

        assertThatThrownBy(() -> parser.parse(entry))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("insertId is required");
    }

    @Test
    void worksWithoutAnInjectedMapper() {
        JsonNode push = deliveries("gcp-audit", "pubsub-push-request.json").get(0);

        assertThat(new GcpAuditParser().unwrap(push)).hasSize(1);
    }

    private ObjectNode firstEntry() {
        return (ObjectNode) deliveries("gcp-audit", "logentries.jsonl").get(0).deepCopy();
    }

    private AuditEvent audit(ParsedRecord record) {
        assertThat(record).isInstanceOf(ParsedRecord.AuditRecord.class);
        return ((ParsedRecord.AuditRecord) record).event();
    }
}
