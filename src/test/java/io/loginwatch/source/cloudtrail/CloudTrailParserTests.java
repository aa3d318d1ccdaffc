package io.loginwatch.source.cloudtrail;

import static io.loginwatch.source.SourceFixtureContract.MAPPER;
import static io.loginwatch.source.SourceFixtureContract.assertFixture;
import static io.loginwatch.source.SourceFixtureContract.deliveries;
import static io.loginwatch.source.SourceFixtureContract.parseAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.RecordRejectedException;
import io.loginwatch.source.SourceFixtureContract;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CloudTrailParserTests {

    private final CloudTrailParser parser = new CloudTrailParser();

    @ParameterizedTest
    @ValueSource(strings = {"s3-cloudtrail-file.json", "eventbridge-api-call.json"})
    void extractsEveryValueTheFixtureListsForEachRecord(String file) {
        assertFixture(parser, file, row -> SourceFixtureContract.text(row, "event_id"));
    }

    @Test
    void unwrapsTheS3LogFileIntoItsRecordsInDocumentOrder() {
        List<JsonNode> records = parser.unwrap(
                deliveries("aws-cloudtrail", "s3-cloudtrail-file.json").get(0));

        assertThat(records).hasSize(9);
        assertThat(records.get(0).path("eventID").asString()).isEqualTo("5b0c1f3e-2d4a-4c6e-9f1a-7e3b2c1d0a01");
        assertThat(records.get(8).path("eventID").asString()).isEqualTo("d38e9b1a-0f2c-4e4a-9b9c-5a1d0e9f8c09");
    }

    @Test
    void dedupesEventBridgeEventsOnTheDetailEventIdNotTheEnvelopeId() {
        AuditEvent event = onlyAudit("eventbridge-api-call.json");

        assertThat(event.sourceEventId())
                .isEqualTo("e49fac2b-1a3d-4f5b-8cad-6b2e1f0a9d10")
                .isNotEqualTo("c7e3c8b1-4f2a-9d5e-1b6a-3e8f0d2c4a77");
        assertThat(event.raw()).doesNotContain("detail-type").contains("\"eventID\"");
    }

    @Test
    void mapsARootConsoleSignInDeliveredByEventBridge() {
        List<ParsedRecord> parsed = parseAll(parser, "eventbridge-console-sign-in-root.json");

        assertThat(parsed).hasSize(1);
        SignIn signIn = ((ParsedRecord.SignInRecord) parsed.get(0)).signIn();
        assertThat(signIn.sourceEventId()).isEqualTo("f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a11");
        assertThat(signIn.user().name()).isEqualTo("root");
        assertThat(signIn.user().type()).isEqualTo(PrincipalType.ROOT);
        assertThat(signIn.user().rawId()).isEqualTo("arn:aws:iam::111122223333:root");
        assertThat(signIn.tenant()).isEqualTo("111122223333");
        assertThat(signIn.kind()).isEqualTo(SignInKind.LOGIN);
        assertThat(signIn.accessPath()).isEqualTo(AccessPath.CONSOLE);
        assertThat(signIn.interactive()).isTrue();
        assertThat(signIn.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(signIn.mfa()).isTrue();
        assertThat(signIn.authMethods()).containsExactly("password", "mfa");
        assertThat(signIn.ip()).isEqualTo("2001:db8:4a2::17");
        assertThat(signIn.occurredAt()).isEqualTo(Instant.parse("2025-03-05T08:01:17Z"));
        assertThat(signIn.device().userAgent()).startsWith("Mozilla/5.0 (X11; Linux x86_64");
    }

    @Test
    void namesAnAssumedRoleByItsSessionName() {
        SignIn federatedConsole = signIn("s3-cloudtrail-file.json", 4);

        assertThat(federatedConsole.user().name()).isEqualTo("alice.nguyen@example.com");
        assertThat(federatedConsole.user().type()).isEqualTo(PrincipalType.ASSUMED_ROLE);
        assertThat(federatedConsole.authMethods()).containsExactly("saml");
    }

    @Test
    void namesASamlRoleAssumptionByItsSubjectAndKeepsTheResultingRoleArn() {
        SignIn assumption = signIn("s3-cloudtrail-file.json", 3);

        assertThat(assumption.kind()).isEqualTo(SignInKind.ROLE_ASSUMPTION);
        assertThat(assumption.user().name()).isEqualTo("alice.nguyen@example.com");
        assertThat(assumption.user().type()).isEqualTo(PrincipalType.FEDERATED_USER);
        assertThat(assumption.user().rawId())
                .isEqualTo("arn:aws:sts::111122223333:assumed-role/OktaAdmin/alice.nguyen@example.com");
        assertThat(assumption.accessPath()).isEqualTo(AccessPath.SSO);
        assertThat(assumption.sessionId()).isEqualTo("ASIAEXAMPLESAML00001");
        assertThat(assumption.tenant()).isEqualTo("111122223333");
    }

    @Test
    void keepsTheFailedConsoleLoginReasonAndTypesTheIamUser() {
        SignIn failed = signIn("s3-cloudtrail-file.json", 2);

        assertThat(failed.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(failed.failureReason()).isEqualTo("Failed authentication");
        assertThat(failed.user().type()).isEqualTo(PrincipalType.IAM_USER);
        assertThat(failed.user().rawId()).isNull();
    }

    @Test
    void linksASessionTokenToTheApiCallsMadeWithItsTemporaryKey() {
        SignIn token = signIn("s3-cloudtrail-file.json", 5);
        AuditEvent createAccessKey = audit("s3-cloudtrail-file.json", 6);

        assertThat(token.kind()).isEqualTo(SignInKind.TOKEN);
        assertThat(token.accessPath()).isEqualTo(AccessPath.CLI_API);
        assertThat(token.sessionId()).isEqualTo("ASIAEXAMPLEBOBSESS06");
        assertThat(createAccessKey.accessKeyId()).isEqualTo("ASIAEXAMPLEBOBSESS06");
        assertThat(createAccessKey.sessionId()).isEqualTo(token.sessionId());
    }

    @Test
    void mapsAnAuditEventWithActorTargetsAndFailure() {
        AuditEvent denied = audit("s3-cloudtrail-file.json", 8);

        assertThat(denied.actor().name()).isEqualTo("dmitri.volkov");
        assertThat(denied.actor().type()).isEqualTo(PrincipalType.IAM_USER);
        assertThat(denied.service()).isEqualTo("iam.amazonaws.com");
        assertThat(denied.action()).isEqualTo("AttachUserPolicy");
        assertThat(denied.targets()).containsExactly("dmitri.volkov", "arn:aws:iam::aws:policy/AdministratorAccess");
        assertThat(denied.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(denied.failureReason()).isEqualTo("AccessDenied");
        assertThat(denied.mfa()).isNull();
        assertThat(denied.tenant()).isEqualTo("111122223333");
        assertThat(denied.userAgent()).startsWith("aws-cli/2.24.10");
    }

    @Test
    void readsMfaOfConsoleOriginatedCallsFromTheSessionContext() {
        AuditEvent consoleCall = audit("s3-cloudtrail-file.json", 7);

        assertThat(consoleCall.userAgent()).isEqualTo("AWS Internal");
        assertThat(consoleCall.actor().type()).isEqualTo(PrincipalType.ASSUMED_ROLE);
        assertThat(consoleCall.mfa()).isFalse();
    }

    @Test
    void mapsAWebIdentityRoleAssumptionFromAnSdk() {
        List<ParsedRecord> parsed = parseAll(parser, "bare-records-variants.json");
        SignIn webIdentity = ((ParsedRecord.SignInRecord) parsed.get(0)).signIn();

        assertThat(webIdentity.kind()).isEqualTo(SignInKind.ROLE_ASSUMPTION);
        assertThat(webIdentity.user().name()).isEqualTo("repo:example-org/deploy:ref:refs/heads/main");
        assertThat(webIdentity.user().type()).isEqualTo(PrincipalType.FEDERATED_USER);
        assertThat(webIdentity.user().rawId())
                .isEqualTo("arn:aws:sts::111122223333:assumed-role/github-deploy/GitHubActions");
        assertThat(webIdentity.accessPath()).isEqualTo(AccessPath.CLI_API);
        assertThat(webIdentity.sessionId()).isEqualTo("ASIAEXAMPLEWEBID0001");
        assertThat(webIdentity.mfa()).isNull();
    }

    @Test
    void mapsAnAwsServiceCallAsAnAuditEventWithoutIp() {
        List<ParsedRecord> parsed = parseAll(parser, "bare-records-variants.json");
        AuditEvent serviceCall = ((ParsedRecord.AuditRecord) parsed.get(1)).event();

        assertThat(serviceCall.actor().name()).isEqualTo("ec2.amazonaws.com");
        assertThat(serviceCall.actor().type()).isEqualTo(PrincipalType.SERVICE);
        assertThat(serviceCall.ip()).isNull();
        assertThat(serviceCall.action()).isEqualTo("AssumeRole");
        assertThat(serviceCall.targets()).containsExactly("arn:aws:iam::111122223333:role/web-instance");
    }

    @Test
    void skipsCloudTrailInsightsEvents() {
        List<ParsedRecord> parsed = parseAll(parser, "bare-records-variants.json");

        assertThat(parsed.get(2)).isInstanceOf(ParsedRecord.Skipped.class);
    }

    @Test
    void skipsEventBridgeEventsThatCarryNoCloudTrailRecord() {
        JsonNode stateChange = MAPPER.readTree("""
                {"version":"0","id":"x","detail-type":"EC2 Instance State-change Notification","source":"aws.ec2",
                 "time":"2025-03-05T09:00:00Z","detail":{"instance-id":"i-0abc","state":"running"}}
                """);

        List<JsonNode> records = parser.unwrap(stateChange);

        assertThat(records).hasSize(1);
        assertThat(parser.parse(records.get(0))).isInstanceOf(ParsedRecord.Skipped.class);
    }

    @Test
    void unwrapsAnArrayOfEventBridgeEventsAndFiles() {
        JsonNode eventBridge =
                deliveries("aws-cloudtrail", "eventbridge-api-call.json").get(0);
        JsonNode file = deliveries("aws-cloudtrail", "s3-cloudtrail-file.json").get(0);

        List<JsonNode> records =
                parser.unwrap(MAPPER.createArrayNode().add(eventBridge).add(file));

        assertThat(records).hasSize(10);
        assertThat(records.get(0).path("eventName").asString()).isEqualTo("DeactivateMFADevice");
    }

    @Test
    void rejectsARecordWithoutEventTime() {
        ObjectNode record = firstRecord();
        record.remove("eventTime");

        assertThatThrownBy(() -> parser.parse(record))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("eventTime is required");
    }

    @Test
    void rejectsARecordWithAMalformedEventTime() {
        ObjectNode record = firstRecord();
        record.put("eventTime", "yesterday");

        assertThatThrownBy(() -> parser.parse(record))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessageStartingWith("eventTime 'yesterday' is not an ISO-8601 timestamp");
    }

    @Test
    void rejectsARecordWithoutUserIdentity() {
        ObjectNode record = firstRecord();
        record.remove("userIdentity");

        assertThatThrownBy(() -> parser.parse(record))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("userIdentity is required");
    }

    @Test
    void rejectsARecordWithoutEventId() {
        ObjectNode record = firstRecord();
        record.remove("eventID");

        assertThatThrownBy(() -> parser.parse(record))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("eventID is required");
    }

    @Test
    void keepsTheRecordAsRawJson() {
        SignIn first = signIn("s3-cloudtrail-file.json", 0);

        JsonNode raw = MAPPER.readTree(first.raw());
        assertThat(raw).isEqualTo(firstRecord());
    }

    private ObjectNode firstRecord() {
        return (ObjectNode) parser.unwrap(
                        deliveries("aws-cloudtrail", "s3-cloudtrail-file.json").get(0))
                .get(0)
                .deepCopy();
    }

    private SignIn signIn(String file, int index) {
        ParsedRecord record = parseAll(parser, file).get(index);
        assertThat(record).isInstanceOf(ParsedRecord.SignInRecord.class);
        return ((ParsedRecord.SignInRecord) record).signIn();
    }

    private AuditEvent audit(String file, int index) {
        ParsedRecord record = parseAll(parser, file).get(index);
        assertThat(record).isInstanceOf(ParsedRecord.AuditRecord.class);
        return ((ParsedRecord.AuditRecord) record).event();
    }

    private AuditEvent onlyAudit(String file) {
        List<ParsedRecord> parsed = parseAll(parser, file);
        assertThat(parsed).hasSize(1);
        return audit(file, 0);
    }
}
