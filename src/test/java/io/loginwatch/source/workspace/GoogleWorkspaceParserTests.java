package io.loginwatch.source.workspace;

import static io.loginwatch.source.SourceFixtureContract.MAPPER;
import static io.loginwatch.source.SourceFixtureContract.assertFixture;
import static io.loginwatch.source.SourceFixtureContract.deliveries;
import static io.loginwatch.source.SourceFixtureContract.parseAll;
import static io.loginwatch.source.SourceFixtureContract.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.GeoSource;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.RecordRejectedException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class GoogleWorkspaceParserTests {

    private final GoogleWorkspaceParser parser = new GoogleWorkspaceParser();

    @ParameterizedTest
    @ValueSource(strings = {"reports-api-login-page.json", "reports-api-admin-page.json"})
    void extractsEveryValueTheFixtureListsForEachEvent(String file) {
        // the dedupe key is application / uniqueQualifier / time: the qualifier alone is unique only with the time
        assertFixture(
                parser,
                file,
                row -> text(row, "app") + "/" + text(row, "event_id") + "/" + Instant.parse(text(row, "time")));
    }

    @Test
    void readsTheSecondFactorFromTheChallengeMethods() {
        List<ParsedRecord> parsed = parseAll(parser, "reports-api-login-page.json");
        SignIn withPrompt = signIn(parsed.get(0));
        SignIn passwordOnly = signIn(parsed.get(3));

        assertThat(withPrompt.mfa()).isTrue();
        assertThat(withPrompt.authMethods()).containsExactly("password", "google_prompt");
        assertThat(withPrompt.protocol()).isEqualTo("google_password");
        assertThat(passwordOnly.mfa()).isFalse();
        assertThat(passwordOnly.authMethods()).containsExactly("password");
    }

    @Test
    void mapsATwoStepVerificationStepAsAnMfaSignIn() {
        SignIn verification =
                signIn(parseAll(parser, "reports-api-login-page.json").get(1));

        assertThat(verification.kind()).isEqualTo(SignInKind.MFA);
        assertThat(verification.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(verification.mfa()).isTrue();
    }

    @Test
    void keepsGeoAndAsnTheSourceSends() {
        SignIn failure = signIn(parseAll(parser, "reports-api-login-page.json").get(2));

        assertThat(failure.geo().country()).isEqualTo("BR");
        assertThat(failure.geo().region()).isEqualTo("BR-SP");
        assertThat(failure.geo().source()).isEqualTo(GeoSource.SOURCE);
        assertThat(failure.network().asn()).isEqualTo(64500L);
        assertThat(failure.tenant()).isEqualTo("C03ex4mpl");
        assertThat(failure.user().rawId()).isEqualTo("104233812345678900002");
    }

    @Test
    void keepsASuspiciousLoginWarningAsAnAuditEventOnTheAffectedUser() {
        ParsedRecord warning = parseAll(parser, "reports-api-login-page.json").get(4);

        assertThat(warning).isInstanceOf(ParsedRecord.AuditRecord.class);
        AuditEvent event = ((ParsedRecord.AuditRecord) warning).event();
        assertThat(event.action()).isEqualTo("suspicious_login");
        assertThat(event.service()).isEqualTo("login");
        assertThat(event.targets()).containsExactly("dmitri.volkov@example.com");
        assertThat(event.geo().country()).isEqualTo("NG");
    }

    @Test
    void mapsLogoutAsALogoutSignIn() {
        SignIn logout = signIn(parseAll(parser, "reports-api-login-page.json").get(5));

        assertThat(logout.kind()).isEqualTo(SignInKind.LOGOUT);
        assertThat(logout.mfa()).isNull();
    }

    @Test
    void namesTheRoleAndItsConsoleNameAsTargetOfARoleAssignment() {
        AuditEvent assignRole =
                audit(parseAll(parser, "reports-api-admin-page.json").get(0));

        assertThat(assignRole.targets())
                .containsExactly("carla.mendes@example.com", "role _SEED_ADMIN_ROLE = Super Admin");
        assertThat(assignRole.sourceEventId()).isEqualTo("admin/-7302950000000000001/2025-03-04T18:40:12.777Z");
    }

    @Test
    void splitsAnActivityWithSeveralEventsIntoOneRecordPerEvent() {
        JsonNode activity =
                deliveries("google-workspace", "push-activity-two-events.json").get(0);

        List<JsonNode> records = parser.unwrap(activity);
        List<AuditEvent> events =
                records.stream().map(parser::parse).map(this::audit).toList();

        assertThat(events).extracting(AuditEvent::action).containsExactly("CREATE_USER", "ADD_GROUP_MEMBER");
        assertThat(events)
                .extracting(AuditEvent::sourceEventId)
                .containsExactly(
                        "admin/-5520140000000000007/2025-03-05T10:12:44.318Z#0",
                        "admin/-5520140000000000007/2025-03-05T10:12:44.318Z#1");
        assertThat(events.get(1).targets()).containsExactly("backup.admin@example.com", "group it-admins@example.com");
        assertThat(events.get(0).ip()).isEqualTo("2001:db8:85a3::8a2e:370:7334");
    }

    @Test
    void storesEachSplitEventWithItsActivityButWithoutTheSplitMarkers() {
        JsonNode activity =
                deliveries("google-workspace", "push-activity-two-events.json").get(0);

        AuditEvent second = audit(parser.parse(parser.unwrap(activity).get(1)));

        JsonNode raw = MAPPER.readTree(second.raw());
        assertThat(raw.has(GoogleWorkspaceParser.EVENT_INDEX)).isFalse();
        assertThat(raw.has(GoogleWorkspaceParser.EVENT_COUNT)).isFalse();
        assertThat(raw.path("events")).hasSize(1);
        assertThat(raw.path("events").get(0).path("name").asString()).isEqualTo("ADD_GROUP_MEMBER");
        assertThat(raw.path("actor").path("email").asString()).isEqualTo("bob.okafor@example.com");
    }

    @Test
    void keepsASingleEventActivityUntouched() {
        JsonNode page =
                deliveries("google-workspace", "reports-api-admin-page.json").get(0);

        List<JsonNode> records = parser.unwrap(page);

        assertThat(records).hasSize(3);
        assertThat(records.get(0)).isSameAs(page.path("items").get(0));
    }

    @Test
    void unwrapsAnEmptyPageToNothing() {
        JsonNode emptyPage = MAPPER.readTree("{\"kind\":\"admin#reports#activities\",\"etag\":\"\\\"e\\\"\"}");

        assertThat(parser.unwrap(emptyPage)).isEmpty();
    }

    @Test
    void mapsAFailedLoginChallengeAsAFailedSecondFactor() {
        SignIn challenge = signIn(parseAll(parser, "login-variants.json").get(0));

        assertThat(challenge.kind()).isEqualTo(SignInKind.MFA);
        assertThat(challenge.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(challenge.failureReason()).isEqualTo("Challenge Failed.");
        assertThat(challenge.mfa()).isFalse();
        assertThat(challenge.authMethods()).containsExactly("idv_preregistered_phone");
    }

    @Test
    void mapsASamlLoginIntoAThirdPartyAppAsSso() {
        SignIn sso = signIn(parseAll(parser, "login-variants.json").get(1));

        assertThat(sso.kind()).isEqualTo(SignInKind.SSO);
        assertThat(sso.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(sso.application()).isEqualTo("Example HR Portal");
        assertThat(sso.accessPath()).isEqualTo(AccessPath.SSO);
        assertThat(sso.mfa()).isNull();
    }

    @Test
    void leavesMfaUnknownWhenALoginNamesNoChallengeMethod() {
        SignIn federated = signIn(parseAll(parser, "login-variants.json").get(2));

        assertThat(federated.mfa()).isNull();
        assertThat(federated.accessPath()).isEqualTo(AccessPath.SSO);
        assertThat(federated.ip()).isNull();
        assertThat(federated.geo().country()).isNull();
        assertThat(federated.occurredAt()).isEqualTo(Instant.parse("2025-03-05T11:06:30Z"));
    }

    @Test
    void mapsAnOauthGrantAsAnAuditEventNamingTheAppAndScopes() {
        AuditEvent grant = audit(parseAll(parser, "login-variants.json").get(3));

        assertThat(grant.service()).isEqualTo("token");
        assertThat(grant.action()).isEqualTo("authorize");
        assertThat(grant.targets())
                .containsExactly("Mail Helper Pro", "scope https://mail.google.com/", "scope openid");
    }

    @Test
    void rejectsAnActivityWithoutTime() {
        ObjectNode activity = firstActivity();
        ((ObjectNode) activity.path("id")).remove("time");

        assertThatThrownBy(() -> parser.parse(activity))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("id.time is required");
    }

    @Test
    void rejectsAnActivityWithoutActor() {
        ObjectNode activity = firstActivity();
        activity.remove("actor");

        assertThatThrownBy(() -> parser.parse(activity))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessageStartingWith("actor.email is required");
    }

    @Test
    void rejectsAnActivityWithoutEvents() {
        ObjectNode activity = firstActivity();
        activity.putArray("events");

        assertThatThrownBy(() -> parser.parse(activity))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessageStartingWith("events is required");
    }

    private ObjectNode firstActivity() {
        JsonNode page =
                deliveries("google-workspace", "reports-api-login-page.json").get(0);
        return (ObjectNode) parser.unwrap(page).get(0).deepCopy();
    }

    private SignIn signIn(ParsedRecord record) {
        assertThat(record).isInstanceOf(ParsedRecord.SignInRecord.class);
        return ((ParsedRecord.SignInRecord) record).signIn();
    }

    private AuditEvent audit(ParsedRecord record) {
        assertThat(record).isInstanceOf(ParsedRecord.AuditRecord.class);
        return ((ParsedRecord.AuditRecord) record).event();
    }
}
