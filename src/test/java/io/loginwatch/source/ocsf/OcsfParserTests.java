package io.loginwatch.source.ocsf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.RecordRejectedException;
import io.loginwatch.source.VendorFixtureContract;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class OcsfParserTests {

    private static final String AUTHENTICATION = "security-lake-authentication.jsonl";
    private static final String API_ACTIVITY = "security-lake-api-activity.jsonl";
    private static final String RC2 = "security-lake-v1-rc2.jsonl";

    private final OcsfParser parser = new OcsfParser();

    static Stream<Arguments> fixtureRecords() {
        return VendorFixtureContract.arguments("ocsf");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureRecords")
    void mapsEveryFixtureRecordToTheListedValues(VendorFixtureContract.Case fixture) {
        VendorFixtureContract.assertCase(parser, fixture);
    }

    @Test
    void readsTimeAsEpochMillisecondsInUtc() {
        SignIn login = signIn(record(AUTHENTICATION, 3));

        assertThat(login.occurredAt()).isEqualTo(Instant.parse("2025-03-04T15:00:41.005Z"));
    }

    @Test
    void readsCoordinatesAsLongitudeThenLatitude() {
        SignIn login = signIn(record(AUTHENTICATION, 3));

        assertThat(login.geo())
                .extracting(Geo::country, Geo::region, Geo::city, Geo::latitude, Geo::longitude)
                .containsExactly("BR", "Sao Paulo", "São Paulo", -23.5475, -46.6361);
        assertThat(login.network().asn()).isEqualTo(64500L);
        assertThat(login.network().asOrg()).isEqualTo("example transit");
    }

    @Test
    void prefersTheEmailAddressAndKeepsTheNameAsDisplayName() {
        SignIn login = signIn(record(AUTHENTICATION, 3));

        assertThat(login.user().name()).isEqualTo("bob.okafor@example.com");
        assertThat(login.user().displayName()).isEqualTo("Bob Okafor");
        assertThat(login.user().rawId()).isEqualTo("00u5ex4mpleB0bOk0697");
        assertThat(login.user().type()).isEqualTo(PrincipalType.USER);
        assertThat(login.eventType()).isEqualTo("user.session.start");
    }

    @Test
    void cloudTrailConsoleLoginIsAConsoleSignInOfAnIamUser() {
        JsonNode record = record(AUTHENTICATION, 0);
        SignIn login = signIn(record);

        assertThat(login.kind()).isEqualTo(SignInKind.LOGIN);
        assertThat(login.accessPath()).isEqualTo(AccessPath.CONSOLE);
        assertThat(login.user().type()).isEqualTo(PrincipalType.IAM_USER);
        assertThat(login.user().rawId()).isEqualTo("arn:aws:iam::111122223333:user/alice.nguyen");
        assertThat(login.tenant()).isEqualTo("111122223333");
        assertThat(login.device().userAgent()).startsWith("Mozilla/5.0 (Macintosh");
        assertThat(VendorFixtureContract.json(login.raw())).isEqualTo(record);
    }

    @Test
    void derivesTheSessionNameOfAnAssumedRoleFromItsArn() {
        AuditEvent attach = audit(record(API_ACTIVITY, 2));

        assertThat(attach.actor().name()).isEqualTo("alice.nguyen@example.com");
        assertThat(attach.actor().type()).isEqualTo(PrincipalType.ASSUMED_ROLE);
        assertThat(attach.actor().rawId())
                .isEqualTo("arn:aws:sts::111122223333:assumed-role/OktaAdmin/alice.nguyen@example.com");
        assertThat(attach.accessKeyId()).isEqualTo("ASIAEXAMPLESAML00001");
        assertThat(attach.mfa()).isFalse();
    }

    @Test
    void readsApiActivityTargetsFromResourcesAndTheRequestDataString() {
        AuditEvent assume = audit(record(API_ACTIVITY, 0));
        AuditEvent createKey = audit(record(API_ACTIVITY, 1));

        assertThat(assume.action()).isEqualTo("AssumeRoleWithSAML");
        assertThat(assume.targets())
                .startsWith("arn:aws:iam::111122223333:role/OktaAdmin", "arn:aws:iam::111122223333:saml-provider/Okta");
        assertThat(assume.actor().type()).isEqualTo(PrincipalType.FEDERATED_USER);
        assertThat(createKey.targets()).containsExactly("svc-deploy");
        assertThat(createKey.service()).isEqualTo("iam.amazonaws.com");
        assertThat(createKey.userAgent()).startsWith("aws-cli/2.24.10");
        assertThat(createKey.tenant()).isEqualTo("111122223333");
    }

    @Test
    void deniedApiCallIsAFailureWithTheErrorCode() {
        AuditEvent denied = audit(record(API_ACTIVITY, 3));

        assertThat(denied.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(denied.failureReason()).isEqualTo("AccessDenied");
        assertThat(denied.targets()).containsExactly("dmitri.volkov", "arn:aws:iam::aws:policy/AdministratorAccess");
    }

    @Test
    void acceptsTheOcsfRc2VariantOfSecurityLakeSourceVersionOne() {
        SignIn root = signIn(record(RC2, 0));

        assertThat(root.user().name()).isEqualTo("root");
        assertThat(root.user().type()).isEqualTo(PrincipalType.ROOT);
        assertThat(root.user().rawId()).isEqualTo("arn:aws:iam::111122223333:root");
        assertThat(root.mfa()).isFalse();
        assertThat(root.ip()).isEqualTo("2001:db8:85a3::8a2e:370:7334");
        assertThat(root.tenant()).isEqualTo("111122223333");
        assertThat(root.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(root.occurredAt()).isEqualTo(Instant.parse("2025-03-05T09:37:03Z"));
        assertThat(root.application()).isEqualTo("signin.amazonaws.com");
    }

    @Test
    void rc2ApiActivityClass3005IsAnAuditEvent() {
        AuditEvent createUser = audit(record(RC2, 1));

        assertThat(createUser.sourceEventId()).isEqualTo("f5a01d3c-2b4e-4a6c-9dbe-7c3f2a1b0e11");
        assertThat(createUser.action()).isEqualTo("CreateUser");
        assertThat(createUser.actor().name()).isEqualTo("alice.nguyen@example.com");
        assertThat(createUser.actor().rawId())
                .isEqualTo("arn:aws:sts::111122223333:assumed-role/OktaAdmin/alice.nguyen@example.com");
        assertThat(createUser.mfa()).isTrue();
        assertThat(createUser.targets()).containsExactly("backdoor-admin");
        assertThat(createUser.tenant()).isEqualTo("111122223333");
    }

    @Test
    void skipsClassesWithoutSignInOrAuditMeaning() {
        assertThat(parser.parse(record(RC2, 2)))
                .isInstanceOfSatisfying(
                        ParsedRecord.Skipped.class,
                        skipped -> assertThat(skipped.reason()).contains("4001").contains("Network Activity"));
    }

    @Test
    void skipsAnAuthenticationWithUnknownStatus() {
        ObjectNode record = (ObjectNode) record(AUTHENTICATION, 0);
        record.put("status_id", 0);

        assertThat(parser.parse(record)).isInstanceOf(ParsedRecord.Skipped.class);
    }

    @Test
    void logoffIsNotASessionOpeningLogin() {
        ObjectNode record = (ObjectNode) record(AUTHENTICATION, 4);
        record.put("activity_id", 2).put("activity_name", "Logoff");

        SignIn logoff = signIn(record);

        assertThat(logoff.kind()).isEqualTo(SignInKind.LOGOUT);
        assertThat(logoff.kind().opensSession()).isFalse();
    }

    @Test
    void fallsBackToTimeDtWhenTimeIsAbsent() {
        ObjectNode record = (ObjectNode) record(AUTHENTICATION, 4);
        record.remove("time");

        assertThat(signIn(record).occurredAt()).isEqualTo(Instant.parse("2025-03-04T16:30:00.500Z"));
    }

    @Test
    void rejectsAnEventWithoutTimeNamingTheField() {
        ObjectNode record = (ObjectNode) record(AUTHENTICATION, 4);
        record.remove("time");
        record.remove("time_dt");

        assertThatThrownBy(() -> parser.parse(record))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessageStartingWith("time is required");
    }

    @Test
    void rejectsAnAuthenticationWithoutAnyUserNamingTheFields() {
        ObjectNode record = (ObjectNode) record(AUTHENTICATION, 1);
        record.remove("user");
        record.remove("actor");

        assertThatThrownBy(() -> parser.parse(record))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessageStartingWith("user is required");
    }

    @Test
    void rejectsAnEventWithoutMetadataUid() {
        ObjectNode record = (ObjectNode) record(API_ACTIVITY, 1);
        ((ObjectNode) record.path("metadata")).remove("uid");

        assertThatThrownBy(() -> parser.parse(record))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("metadata.uid is required");
    }

    @Test
    void unwrapsABareEventAndAnArray() {
        JsonNode first = record(AUTHENTICATION, 0);
        JsonNode second = record(API_ACTIVITY, 0);
        ArrayNode array = (ArrayNode) VendorFixtureContract.json("[]");
        array.add(first).add(second);

        assertThat(parser.unwrap(first)).containsExactly(first);
        assertThat(parser.unwrap(array)).containsExactly(first, second);
    }

    private JsonNode record(String file, int index) {
        return VendorFixtureContract.records(parser, file).get(index).deepCopy();
    }

    private SignIn signIn(JsonNode record) {
        ParsedRecord parsed = parser.parse(record);
        assertThat(parsed).isInstanceOf(ParsedRecord.SignInRecord.class);
        return ((ParsedRecord.SignInRecord) parsed).signIn();
    }

    private AuditEvent audit(JsonNode record) {
        ParsedRecord parsed = parser.parse(record);
        assertThat(parsed).isInstanceOf(ParsedRecord.AuditRecord.class);
        return ((ParsedRecord.AuditRecord) parsed).event();
    }
}
