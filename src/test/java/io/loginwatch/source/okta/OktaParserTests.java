package io.loginwatch.source.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.GeoSource;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.RecordRejectedException;
import io.loginwatch.source.VendorFixtureContract;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class OktaParserTests {

    private static final String HOOK = "event-hook-delivery.json";
    private static final String API_PAGE = "system-log-api-page.json";

    private final OktaParser parser = new OktaParser();

    static Stream<Arguments> fixtureRecords() {
        return VendorFixtureContract.arguments("okta");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureRecords")
    void mapsEveryFixtureRecordToTheListedValues(VendorFixtureContract.Case fixture) {
        VendorFixtureContract.assertCase(parser, fixture);
    }

    @Test
    void unwrapsTheEventHookBodyInDocumentOrder() {
        List<JsonNode> events = VendorFixtureContract.records(parser, HOOK);

        assertThat(events)
                .extracting(event -> event.path("uuid").asString())
                .containsExactly(
                        "6a3f1c2e-f90f-11ef-9b1a-0d5e4c3b2a11",
                        "6a3e9b70-f90f-11ef-8c1a-3b5e7d9f1a01",
                        "8d0c22b4-f90f-11ef-a3b7-5f1e2d3c4b02",
                        "a1b2c3d4-f90f-11ef-8e21-7c6b5a4d3e03",
                        "c3d4e5f6-f90f-11ef-b0a9-1e2d3c4b5a05",
                        "b7c8d9e0-f90f-11ef-8e21-7c6b5a4d3e04",
                        "d5e6f7a8-f90f-11ef-9b1a-0d5e4c3b2a06");
    }

    @Test
    void logoutIsNotASessionOpeningLogin() {
        SignIn logout = signIn(hookEvent(6));

        assertThat(logout.kind()).isEqualTo(SignInKind.LOGOUT);
        assertThat(logout.kind().opensSession()).isFalse();
        assertThat(signIn(hookEvent(0)).kind().opensSession()).isTrue();
    }

    @Test
    void accountLockIsALockoutSignInWithTheVendorReason() {
        SignIn lock = signIn(hookEvent(5));

        assertThat(lock.kind()).isEqualTo(SignInKind.LOCKOUT);
        assertThat(lock.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(lock.failureReason()).isEqualTo("LOCKED_OUT");
        assertThat(lock.application()).isNull();
    }

    @Test
    void mapsOktaCountryNameToIsoCodeAndKeepsTheRestOfTheLocation() {
        SignIn failure = signIn(hookEvent(3));

        assertThat(failure.geo().country()).isEqualTo("BR");
        assertThat(failure.geo().region()).isEqualTo("Sao Paulo");
        assertThat(failure.geo().city()).isEqualTo("São Paulo");
        assertThat(failure.geo().latitude()).isEqualTo(-23.5475);
        assertThat(failure.geo().longitude()).isEqualTo(-46.6361);
        assertThat(failure.geo().source()).isEqualTo(GeoSource.SOURCE);
    }

    @Test
    void keepsDisplayNameAndOktaUserIdBesideTheLowerCasedLogin() {
        SignIn login = signIn(hookEvent(0));

        assertThat(login.user().name()).isEqualTo("alice.nguyen@example.com");
        assertThat(login.user().displayName()).isEqualTo("Alice Nguyen");
        assertThat(login.user().rawId()).isEqualTo("00u5ex4mpleAl1ce0697");
        assertThat(login.user().type()).isEqualTo(PrincipalType.USER);
    }

    @Test
    void readsClientDeviceNetworkAndRawRecord() {
        JsonNode event = hookEvent(0);
        SignIn login = signIn(event);

        assertThat(login.device().userAgent()).startsWith("Mozilla/5.0 (Macintosh");
        assertThat(login.device().os()).isEqualTo("Mac OS X");
        assertThat(login.device().browser()).isEqualTo("CHROME");
        assertThat(login.device().deviceType()).isEqualTo("Computer");
        assertThat(login.network().asn()).isEqualTo(64496L);
        assertThat(login.network().asOrg()).isEqualTo("example isp");
        assertThat(login.network().proxy()).isFalse();
        assertThat(login.network().source()).isEqualTo(GeoSource.SOURCE);
        assertThat(login.eventType()).isEqualTo("user.session.start");
        assertThat(VendorFixtureContract.json(login.raw())).isEqualTo(event);
    }

    @Test
    void ssoIsAnSsoSignInIntoTheTargetApplication() {
        SignIn sso = signIn(hookEvent(2));

        assertThat(sso.kind()).isEqualTo(SignInKind.SSO);
        assertThat(sso.accessPath()).isEqualTo(AccessPath.SSO);
        assertThat(sso.application()).isEqualTo("Salesforce.com");
    }

    @Test
    void skipsSystemHousekeepingEvents() {
        ParsedRecord parsed = parser.parse(apiPageEvent(2));

        assertThat(parsed)
                .isInstanceOfSatisfying(
                        ParsedRecord.Skipped.class,
                        skipped -> assertThat(skipped.reason()).contains("system.org.rate_limit.warning"));
    }

    @Test
    void skipsUnknownEventTypesInsteadOfRejectingThem() {
        ObjectNode event = (ObjectNode) hookEvent(0);
        event.put("eventType", "app.generic.unauth_app_access_attempt");

        assertThat(parser.parse(event)).isInstanceOf(ParsedRecord.Skipped.class);
    }

    @Test
    void rejectsAnEventWithoutPublishedNamingTheField() {
        ObjectNode event = (ObjectNode) hookEvent(0);
        event.remove("published");

        assertThatThrownBy(() -> parser.parse(event))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("published is required");
    }

    @Test
    void rejectsAnEventWithoutActorLogin() {
        ObjectNode event = (ObjectNode) hookEvent(1);
        ((ObjectNode) event.path("actor")).putNull("alternateId");

        assertThatThrownBy(() -> parser.parse(event))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("actor.alternateId is required");
    }

    @Test
    void rejectsAnEventWithAMalformedTimestampQuotingIt() {
        ObjectNode event = (ObjectNode) hookEvent(0);
        event.put("published", "04/03/2025 14:58");

        assertThatThrownBy(() -> parser.parse(event))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessageStartingWith("published '04/03/2025 14:58' is not an ISO-8601 timestamp");
    }

    @Test
    void unwrapsASystemLogApiPageArray() {
        assertThat(VendorFixtureContract.records(parser, API_PAGE))
                .extracting(event -> event.path("eventType").asString())
                .containsExactly(
                        "user.session.start",
                        "user.mfa.okta_verify.deny_push",
                        "system.org.rate_limit.warning",
                        "user.account.privilege.grant",
                        "system.api_token.create");
    }

    @Test
    void mapsAnApiPageLoginFromAProxyWithOnlyAnExternalSession() {
        SignIn login = signIn(apiPageEvent(0));

        assertThat(login.user().name()).isEqualTo("dmitri.volkov@example.com");
        assertThat(login.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(login.ip()).isEqualTo("198.51.100.140");
        assertThat(login.geo().country()).isEqualTo("KR");
        assertThat(login.geo().city()).isEqualTo("Seoul");
        assertThat(login.sessionId()).isEqualTo("102Ex4mpleDm1trExtSess");
        assertThat(login.network().proxy()).isTrue();
        assertThat(login.network().isAnonymizing()).isTrue();
        assertThat(login.authMethods()).containsExactly("PASSWORD");
        assertThat(login.mfa()).isNull();
    }

    @Test
    void pushDenyIsAFailedMfaStepWhateverTheLoggedResult() {
        SignIn deny = signIn(apiPageEvent(1));

        assertThat(deny.kind()).isEqualTo(SignInKind.MFA);
        assertThat(deny.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(deny.mfa()).isFalse();
        assertThat(deny.failureReason()).isEqualTo("User rejected Okta push verify");
        assertThat(deny.geo().country()).isEqualTo("NL");
        assertThat(deny.kind().opensSession()).isFalse();
    }

    @Test
    void privilegeGrantIsAnAuditEventOnTheTargetUser() {
        AuditEvent grant = audit(apiPageEvent(3));

        assertThat(grant.actor().name()).isEqualTo("dmitri.volkov@example.com");
        assertThat(grant.service()).isEqualTo("okta");
        assertThat(grant.action()).isEqualTo("user.account.privilege.grant");
        assertThat(grant.targets()).containsExactly("eve.martin@example.com");
        assertThat(grant.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(grant.ip()).isEqualTo("198.51.100.140");
        assertThat(grant.userAgent()).contains("Firefox/135.0");
        assertThat(grant.sessionId()).isEqualTo("102Ex4mpleDm1trExtSess");
        assertThat(grant.sourceEventId()).isEqualTo("4c3d5e6f-f9d1-11ef-b0a9-1e2d3c4b5a24");
    }

    @Test
    void apiTokenCreationIsAnAuditEventNamingTheToken() {
        AuditEvent token = audit(apiPageEvent(4));

        assertThat(token.action()).isEqualTo("system.api_token.create");
        assertThat(token.targets()).containsExactly("backup-sync");
    }

    @Test
    void readsTheEventTypeTableByExactTypeThenLongestPrefix() {
        assertThat(OktaEventTypes.ruleFor("user.account.lock").kind()).isEqualTo(SignInKind.LOCKOUT);
        assertThat(OktaEventTypes.ruleFor("user.account.unlock").category()).isEqualTo(OktaEventTypes.Category.AUDIT);
        assertThat(OktaEventTypes.ruleFor("user.authentication.auth_via_IDP").kind())
                .isEqualTo(SignInKind.LOGIN);
        assertThat(OktaEventTypes.ruleFor("user.authentication.slo").kind()).isEqualTo(SignInKind.LOGOUT);
        assertThat(OktaEventTypes.ruleFor("user.authentication.auth_via_richclient")
                        .accessPath())
                .isEqualTo(AccessPath.LEGACY_PROTOCOL);
        assertThat(OktaEventTypes.ruleFor("user.mfa.factor.deactivate").category())
                .isEqualTo(OktaEventTypes.Category.AUDIT);
        assertThat(OktaEventTypes.ruleFor("group.user_membership.add").category())
                .isEqualTo(OktaEventTypes.Category.AUDIT);
        assertThat(OktaEventTypes.ruleFor("application.lifecycle.create").category())
                .isEqualTo(OktaEventTypes.Category.AUDIT);
        assertThat(OktaEventTypes.ruleFor("policy.lifecycle.update").category())
                .isEqualTo(OktaEventTypes.Category.AUDIT);
        assertThat(OktaEventTypes.ruleFor("system.push.send_factor_verify_push").category())
                .isEqualTo(OktaEventTypes.Category.SKIP);
        assertThat(OktaEventTypes.ruleFor("applications.something").category()).isEqualTo(OktaEventTypes.Category.SKIP);
    }

    @Test
    void unwrapsABareEventAsOneRecord() {
        JsonNode event = hookEvent(0);

        assertThat(parser.unwrap(event)).containsExactly(event);
    }

    private JsonNode hookEvent(int index) {
        return VendorFixtureContract.records(parser, HOOK).get(index).deepCopy();
    }

    private JsonNode apiPageEvent(int index) {
        return VendorFixtureContract.records(parser, API_PAGE).get(index).deepCopy();
    }

    private SignIn signIn(JsonNode event) {
        ParsedRecord parsed = parser.parse(event);
        assertThat(parsed).isInstanceOf(ParsedRecord.SignInRecord.class);
        return ((ParsedRecord.SignInRecord) parsed).signIn();
    }

    private AuditEvent audit(JsonNode event) {
        ParsedRecord parsed = parser.parse(event);
        assertThat(parsed).isInstanceOf(ParsedRecord.AuditRecord.class);
        return ((ParsedRecord.AuditRecord) parsed).event();
    }
}
