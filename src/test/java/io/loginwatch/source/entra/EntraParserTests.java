package io.loginwatch.source.entra;

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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class EntraParserTests {

    private static final String SIGN_INS = "eventhub-signinlogs.json";
    private static final String AUDITS = "eventhub-auditlogs.json";
    private static final String STORAGE = "storage-pt1h.jsonl";

    private final EntraParser parser = new EntraParser();

    static Stream<Arguments> fixtureRecords() {
        return VendorFixtureContract.arguments("entra");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureRecords")
    void mapsEveryFixtureRecordToTheListedValues(VendorFixtureContract.Case fixture) {
        VendorFixtureContract.assertCase(parser, fixture);
    }

    @Test
    void keepsTheErrorCodeFirstAndTheVendorTextInTheFailureReason() {
        SignIn badPassword = signIn(record(SIGN_INS, 1));

        assertThat(badPassword.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(badPassword.failureReason())
                .isEqualTo("50126: Error validating credentials due to invalid username or password.");
    }

    @Test
    void conditionalAccessBlockIsAFailureWithoutMfa() {
        SignIn blocked = signIn(record(SIGN_INS, 3));

        assertThat(blocked.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(blocked.failureReason()).startsWith("53003: Access has been blocked by Conditional Access");
        assertThat(blocked.mfa()).isFalse();
    }

    @Test
    void readsDeviceLocationNetworkTenantAndAuthMethods() {
        JsonNode record = record(SIGN_INS, 5);
        SignIn login = signIn(record);

        assertThat(login.device().deviceId()).isEqualTo("b2c3d4e5-1111-4f60-9bac-d1e2f3a4b5c6");
        assertThat(login.device().os()).isEqualTo("Windows 10");
        assertThat(login.device().browser()).isEqualTo("Edge 133.0.0");
        assertThat(login.device().managed()).isTrue();
        assertThat(login.device().userAgent()).contains("Edg/133.0.0.0");
        assertThat(login.geo())
                .extracting(Geo::country, Geo::region, Geo::city, Geo::latitude, Geo::longitude)
                .containsExactly("GB", "England", "London", 51.50853, -0.12574);
        assertThat(login.network().asn()).isEqualTo(64503L);
        assertThat(login.tenant()).isEqualTo("8f4c2e1a-3b6d-4e9f-a1c2-5d7e9f0b1c3d");
        assertThat(login.authMethods()).containsExactly("Previously satisfied");
        assertThat(login.user().displayName()).isEqualTo("Bob Okafor");
        assertThat(login.user().rawId()).isEqualTo("4d2a6f8b-1c3e-4a7f-8b9d-2e4f6a8b0c02");
        assertThat(login.user().type()).isEqualTo(PrincipalType.USER);
        assertThat(login.kind()).isEqualTo(SignInKind.LOGIN);
        assertThat(login.eventType()).isEqualTo("SignInLogs");
        assertThat(login.interactive()).isTrue();
        assertThat(VendorFixtureContract.json(login.raw())).isEqualTo(record);
    }

    @Test
    void browserClientIsTheConsoleAndDesktopClientsAreLeftForEnrichment() {
        SignIn browser = signIn(record(SIGN_INS, 0));
        SignIn desktop = signIn(record(SIGN_INS, 2));

        assertThat(browser.protocol()).isEqualTo("Browser");
        assertThat(browser.accessPath()).isEqualTo(AccessPath.CONSOLE);
        assertThat(desktop.protocol()).isEqualTo("Mobile Apps and Desktop clients");
        assertThat(desktop.accessPath()).isEqualTo(AccessPath.UNKNOWN);
        assertThat(desktop.device().managed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "IMAP4",
                "POP3",
                "SMTP",
                "Authenticated SMTP",
                "Exchange ActiveSync",
                "Exchange Web Services",
                "Other clients",
                "imap4"
            })
    void legacyClientAppUsedFlagsLegacyProtocol(String clientApp) {
        ObjectNode record = (ObjectNode) record(SIGN_INS, 2);
        ((ObjectNode) record.path("properties")).put("clientAppUsed", clientApp);

        SignIn login = signIn(record);

        assertThat(login.accessPath()).isEqualTo(AccessPath.LEGACY_PROTOCOL);
        assertThat(login.protocol()).isEqualTo(clientApp);
    }

    @Test
    void auditTargetsIncludeTheRoleNamedInsideModifiedProperties() {
        AuditEvent roleAdd = audit(record(AUDITS, 0));

        assertThat(roleAdd.actor().name()).isEqualTo("bob.okafor@example.com");
        assertThat(roleAdd.actor().rawId()).isEqualTo("4d2a6f8b-1c3e-4a7f-8b9d-2e4f6a8b0c02");
        assertThat(roleAdd.action()).isEqualTo("Add member to role");
        assertThat(roleAdd.targets()).containsExactly("carla.mendes@example.com", "Global Administrator");
        assertThat(roleAdd.service()).isEqualTo("Core Directory");
        assertThat(roleAdd.ip()).isEqualTo("203.0.113.45");
        assertThat(roleAdd.tenant()).isEqualTo("8f4c2e1a-3b6d-4e9f-a1c2-5d7e9f0b1c3d");
        assertThat(roleAdd.occurredAt()).isEqualTo(Instant.parse("2025-03-04T16:40:12.3315566Z"));
    }

    @Test
    void auditByAnApplicationNamesTheAppAsAServiceAccount() {
        ObjectNode record = (ObjectNode) record(AUDITS, 1);
        ObjectNode initiatedBy = (ObjectNode) record.path("properties").path("initiatedBy");
        initiatedBy.remove("user");
        initiatedBy
                .putObject("app")
                .put("appId", "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b09")
                .put("displayName", "backup-sync")
                .put("servicePrincipalId", "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c10");
        ((ObjectNode) record.path("properties"))
                .put("result", "failure")
                .put("resultReason", "Insufficient privileges");

        AuditEvent reset = audit(record);

        assertThat(reset.actor().name()).isEqualTo("backup-sync");
        assertThat(reset.actor().type()).isEqualTo(PrincipalType.SERVICE_ACCOUNT);
        assertThat(reset.actor().rawId()).isEqualTo("7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c10");
        assertThat(reset.ip()).isEqualTo("203.0.113.45");
        assertThat(reset.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(reset.failureReason()).isEqualTo("Insufficient privileges");
    }

    @Test
    void unwrapsStorageBlobLinesWithoutTheRecordsWrapper() {
        assertThat(VendorFixtureContract.records(parser, STORAGE))
                .extracting(record -> record.path("category").asString())
                .containsExactly(
                        "NonInteractiveUserSignInLogs",
                        "SignInLogs",
                        "ServicePrincipalSignInLogs",
                        "ManagedIdentitySignInLogs",
                        "ProvisioningLogs");
    }

    @Test
    void nonInteractiveSignInIsFlaggedAsSuch() {
        SignIn refresh = signIn(record(STORAGE, 0));

        assertThat(refresh.user().name()).isEqualTo("alice.nguyen@example.com");
        assertThat(refresh.interactive()).isFalse();
        assertThat(refresh.accessPath()).isEqualTo(AccessPath.NON_INTERACTIVE);
        assertThat(refresh.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(refresh.mfa()).isFalse();
        assertThat(refresh.eventType()).isEqualTo("NonInteractiveUserSignInLogs");
        assertThat(refresh.sessionId()).isEqualTo("0f3d9a2c-6b1e-4c8d-9e7f-a1b2c3d4e501");
        assertThat(refresh.occurredAt()).isEqualTo(Instant.parse("2025-03-05T09:00:01.1234567Z"));
    }

    @Test
    void legacyImapSuccessIsFlaggedLegacyWithoutMfa() {
        SignIn imap = signIn(record(STORAGE, 1));

        assertThat(imap.accessPath()).isEqualTo(AccessPath.LEGACY_PROTOCOL);
        assertThat(imap.protocol()).isEqualTo("IMAP4");
        assertThat(imap.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(imap.mfa()).isFalse();
        assertThat(imap.geo().country()).isEqualTo("RU");
        assertThat(imap.device().userAgent()).isNull();
        assertThat(imap.authMethods()).containsExactly("Password");
    }

    @Test
    void servicePrincipalSignInIsAServiceAccountWithUnknownMfa() {
        SignIn sp = signIn(record(STORAGE, 2));

        assertThat(sp.user().name()).isEqualTo("backup-sync");
        assertThat(sp.user().rawId()).isEqualTo("7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c10");
        assertThat(sp.user().type()).isEqualTo(PrincipalType.SERVICE_ACCOUNT);
        assertThat(sp.mfa()).isNull();
        assertThat(sp.interactive()).isFalse();
        assertThat(sp.accessPath()).isEqualTo(AccessPath.CLI_API);
        assertThat(sp.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(sp.failureReason()).isEqualTo("7000215: Invalid client secret provided.");
        assertThat(sp.ip()).isEqualTo("203.0.113.10");
        assertThat(sp.geo().country()).isEqualTo("NL");
    }

    @Test
    void managedIdentitySignInWithoutIpOrLocationParses() {
        SignIn mi = signIn(record(STORAGE, 3));

        assertThat(mi.user().name()).isEqualTo("vm-reporting-01");
        assertThat(mi.user().type()).isEqualTo(PrincipalType.SERVICE_ACCOUNT);
        assertThat(mi.ip()).isNull();
        assertThat(mi.geo()).isEqualTo(Geo.UNKNOWN);
        assertThat(mi.mfa()).isNull();
        assertThat(mi.outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void skipsCategoriesWithoutSignInOrAuditMeaning() {
        assertThat(parser.parse(record(STORAGE, 4)))
                .isInstanceOfSatisfying(
                        ParsedRecord.Skipped.class,
                        skipped -> assertThat(skipped.reason()).contains("ProvisioningLogs"));
    }

    @Test
    void unwrapsABareRecordAndAnArrayOfRecords() {
        JsonNode first = record(SIGN_INS, 0);
        JsonNode second = record(SIGN_INS, 1);
        ArrayNode array = (ArrayNode) VendorFixtureContract.json("[]");
        array.add(first).add(second);

        assertThat(parser.unwrap(first)).containsExactly(first);
        assertThat(parser.unwrap(array)).containsExactly(first, second);
    }

    @Test
    void readsAGraphSignInWithoutTheDiagnosticWrapper() {
        JsonNode graph = record(SIGN_INS, 0).path("properties").deepCopy();

        SignIn login = signIn(graph);

        assertThat(login.sourceEventId()).isEqualTo("2b8e4c1a-7d3f-4e9a-b5c6-0d1e2f3a4b00");
        assertThat(login.user().name()).isEqualTo("alice.nguyen@example.com");
        assertThat(login.mfa()).isTrue();
    }

    @Test
    void fallsBackToCallerIpAddressWhenThePropertiesHaveNone() {
        ObjectNode record = (ObjectNode) record(SIGN_INS, 0);
        ((ObjectNode) record.path("properties")).remove("ipAddress");

        assertThat(signIn(record).ip()).isEqualTo("198.51.100.23");
    }

    @Test
    void rejectsASignInWithoutUserPrincipalNameNamingTheField() {
        ObjectNode record = (ObjectNode) record(SIGN_INS, 0);
        ((ObjectNode) record.path("properties")).remove("userPrincipalName");

        assertThatThrownBy(() -> parser.parse(record))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("properties.userPrincipalName is required");
    }

    @Test
    void rejectsASignInWithoutAnyTimeNamingTheField() {
        ObjectNode record = (ObjectNode) record(SIGN_INS, 0);
        record.remove("time");
        ((ObjectNode) record.path("properties")).remove("createdDateTime");

        assertThatThrownBy(() -> parser.parse(record))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("properties.createdDateTime is required");
    }

    @Test
    void rejectsAnAuditWithoutInitiatorNamingTheFields() {
        ObjectNode record = (ObjectNode) record(AUDITS, 0);
        ((ObjectNode) record.path("properties")).putObject("initiatedBy");

        assertThatThrownBy(() -> parser.parse(record))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessageContaining("properties.initiatedBy.user.userPrincipalName");
    }

    private JsonNode record(String file, int index) {
        List<JsonNode> records = VendorFixtureContract.records(parser, file);
        return records.get(index).deepCopy();
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
