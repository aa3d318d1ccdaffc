package io.loginwatch.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.ApiTestSupport;
import io.loginwatch.TestDatabaseConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * HTTP → PostgreSQL → engine → correlation → findings API: an Okta login from a new country, federated into AWS with
 * AssumeRoleWithSAML, whose role session creates an access key and attaches a policy (T1021.007).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class CorrelationIntegrationTests {

    private static final String HOME_IP = "198.51.100.23";
    private static final String ATTACKER_IP = "203.0.113.66";
    private static final String ATTACKER_AGENT =
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Autowired
    MockMvc mvc;

    @Test
    void federatedChainEscalatesTheIdentityProviderLoginsFindingToOneCriticalFinding() throws Exception {
        var api = new ApiTestSupport(mvc);
        String user = "carol.chain@example.com";
        Instant attack = oktaHistory(api, user, Instant.parse("2026-05-01T08:00:00Z"));
        String key = "ASIACHAINCAROL000001";

        String attackId = postOktaLoginFromBrazil(api, user, attack);
        postCloudTrail(api, assumeRoleWithSaml(user, attack.plus(Duration.ofMinutes(2)), key));
        postCloudTrail(api, createAccessKey(user, attack.plus(Duration.ofMinutes(5)), key));
        postCloudTrail(api, attachUserPolicy(user, attack.plus(Duration.ofMinutes(7)), key));
        api.runEngine();

        JsonNode finding = onlyFinding(api, user);
        assertThat(finding.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(finding.get("score").asInt()).isGreaterThanOrEqualTo(90);
        assertThat(finding.get("signIn").get("sourceEventId").asString()).isEqualTo(attackId);
        assertThat(strings(finding.get("signalTypes")))
                .contains("NEW_COUNTRY", "SENSITIVE_ACTION_AFTER_LOGIN", "FIRST_SENSITIVE_ACTION");
        assertChainEvidence(finding.get("linkedAuditEvents"), attack);
        assertThat(finding.get("explanation").asString()).contains("CreateAccessKey", "AttachUserPolicy");
        JsonNode history = api.getAsAnalyst(
                        "/api/v1/findings/" + finding.get("id").asLong())
                .get("history");
        assertThat(history.get(0).get("change").asString()).isEqualTo("RAISED");
        assertThat(history.get(1).get("change").asString()).isEqualTo("ESCALATED");
        assertThat(history.get(1).get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(history.get(1).get("reason").asString())
                .contains("AssumeRoleWithSAML", "CreateAccessKey", "AttachUserPolicy");
    }

    @Test
    void auditEventsArrivingAfterTheEngineRanEscalateTheExistingFinding() throws Exception {
        var api = new ApiTestSupport(mvc);
        String user = "dave.late@example.com";
        Instant attack = oktaHistory(api, user, Instant.parse("2026-05-01T08:00:00Z"));
        String key = "ASIACHAINDAVE0000001";

        postOktaLoginFromBrazil(api, user, attack);
        postCloudTrail(api, assumeRoleWithSaml(user, attack.plus(Duration.ofMinutes(2)), key));
        api.runEngine();
        JsonNode before = onlyFinding(api, user);
        assertThat(before.get("severity").asString()).isNotEqualTo("CRITICAL");
        assertThat(before.get("linkedAuditEvents")).hasSize(1);
        assertThat(before.get("linkedAuditEvents").get(0).get("action").asString())
                .isEqualTo("AssumeRoleWithSAML");

        postCloudTrail(api, createAccessKey(user, attack.plus(Duration.ofMinutes(5)), key));
        postCloudTrail(api, attachUserPolicy(user, attack.plus(Duration.ofMinutes(7)), key));
        api.runEngine();

        JsonNode after = onlyFinding(api, user);
        assertThat(after.get("id").asLong()).isEqualTo(before.get("id").asLong());
        assertThat(after.get("severity").asString()).isEqualTo("CRITICAL");
        assertChainEvidence(after.get("linkedAuditEvents"), attack);
        JsonNode detail = api.getAsAnalyst("/api/v1/findings/" + after.get("id").asLong());
        List<JsonNode> escalations = new ArrayList<>();
        detail.get("history").forEach(entry -> {
            if ("ESCALATED".equals(entry.get("change").asString())) {
                escalations.add(entry);
            }
        });
        assertThat(escalations).isNotEmpty();
        JsonNode last = escalations.get(escalations.size() - 1);
        assertThat(last.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(last.get("fromSeverity").asString())
                .isEqualTo(before.get("severity").asString());
        assertThat(last.get("reason").asString()).contains("CreateAccessKey", "AttachUserPolicy");
        assertThat(last.get("at").asString()).isNotBlank();

        // a retried delivery and another run change nothing
        postCloudTrail(api, attachUserPolicy(user, attack.plus(Duration.ofMinutes(7)), key));
        api.runEngine();
        JsonNode again = api.getAsAnalyst("/api/v1/findings/" + after.get("id").asLong());
        assertThat(again.get("history")).hasSize(detail.get("history").size());
    }

    @Test
    void firstEverCredentialActionAfterANormalLoginRaisesAFindingOnThatLogin() throws Exception {
        var api = new ApiTestSupport(mvc);
        String user = "erin.first@example.com";
        Instant normal = oktaHistory(api, user, Instant.parse("2026-05-01T08:00:00Z"));
        String sessionId = "idxErinNormal" + UUID.randomUUID();
        String normalId = postOkta(
                api, oktaLogin(user, normal, HOME_IP, "United States", "Seattle", 47.61, -122.33, sessionId, null));
        api.runEngine();
        assertThat(api.getAsAnalyst("/api/v1/findings?user=" + user).get("items"))
                .isEmpty();

        String audit = """
                {"eventId":"%s","occurredAt":"%s","user":"%s","action":"CreateLoginProfile","ip":"%s",\
                "sessionId":"%s","service":"iam.amazonaws.com","target":["frank.victim"]}""".formatted(UUID.randomUUID(), normal.plus(Duration.ofMinutes(10)), user, HOME_IP, sessionId);
        assertThat(api.postJson("/api/v1/events/audit", audit).get("accepted").asInt())
                .isEqualTo(1);
        api.runEngine();

        JsonNode finding = onlyFinding(api, user);
        assertThat(finding.get("signIn").get("sourceEventId").asString()).isEqualTo(normalId);
        assertThat(strings(finding.get("signalTypes"))).containsExactly("FIRST_SENSITIVE_ACTION");
        // LOW by default (loginwatch.correlation.first-critical-action-severity): a first access key is routine for
        // many engineers; measured in docs/quality.md
        assertThat(finding.get("severity").asString()).isEqualTo("LOW");
        assertThat(finding.get("linkedAuditEvents")).singleElement().satisfies(e -> {
            assertThat(e.get("action").asString()).isEqualTo("CreateLoginProfile");
            assertThat(e.get("category").asString()).isEqualTo("CREDENTIAL_CREATED");
            assertThat(e.get("firstOfCategory").asBoolean()).isTrue();
            assertThat(e.get("minutesAfterLogin").asLong()).isEqualTo(10);
        });
    }

    private static void assertChainEvidence(JsonNode linked, Instant attack) {
        assertThat(linked).hasSize(3);
        assertThat(linked.get(0).get("kind").asString()).isEqualTo("SIGN_IN");
        assertThat(linked.get(0).get("action").asString()).isEqualTo("AssumeRoleWithSAML");
        assertThat(linked.get(1).get("kind").asString()).isEqualTo("AUDIT");
        assertThat(linked.get(1).get("action").asString()).isEqualTo("CreateAccessKey");
        assertThat(linked.get(1).get("category").asString()).isEqualTo("CREDENTIAL_CREATED");
        assertThat(linked.get(1).get("link").asString()).isEqualTo("FEDERATED_CHAIN");
        assertThat(linked.get(1).get("minutesAfterLogin").asLong()).isEqualTo(5);
        assertThat(linked.get(2).get("action").asString()).isEqualTo("AttachUserPolicy");
        assertThat(linked.get(2).get("category").asString()).isEqualTo("PRIVILEGE_GRANTED");
        List<Instant> times = new ArrayList<>();
        linked.forEach(e -> times.add(Instant.parse(e.get("occurredAt").asString())));
        assertThat(times).isSorted().allSatisfy(t -> assertThat(t).isAfterOrEqualTo(attack));
    }

    private static JsonNode onlyFinding(ApiTestSupport api, String user) throws Exception {
        JsonNode items = api.getAsAnalyst("/api/v1/findings?user=" + user).get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    /** Fourteen daily Okta logins from Seattle, scored; returns a time one day after the last one. */
    private static Instant oktaHistory(ApiTestSupport api, String user, Instant start) throws Exception {
        List<String> events = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            events.add(oktaLogin(
                    user,
                    start.plus(Duration.ofDays(day)),
                    HOME_IP,
                    "United States",
                    "Seattle",
                    47.61,
                    -122.33,
                    "idxHist" + UUID.randomUUID(),
                    null));
        }
        JsonNode stored = api.postJson("/api/v1/sources/okta/events", hook(String.join(",", events)));
        assertThat(stored.get("accepted").asInt()).isEqualTo(14);
        api.runEngine();
        return start.plus(Duration.ofDays(14));
    }

    private static String postOktaLoginFromBrazil(ApiTestSupport api, String user, Instant at) throws Exception {
        return postOkta(
                api,
                oktaLogin(
                        user,
                        at,
                        ATTACKER_IP,
                        "Brazil",
                        "São Paulo",
                        -23.55,
                        -46.63,
                        "idxEvil" + UUID.randomUUID(),
                        ATTACKER_AGENT));
    }

    private static String postOkta(ApiTestSupport api, String event) throws Exception {
        assertThat(api.postJson("/api/v1/sources/okta/events", hook(event))
                        .get("accepted")
                        .asInt())
                .isEqualTo(1);
        return event.substring(event.indexOf("\"uuid\":\"") + 8, event.indexOf("\",\"published\""));
    }

    private static void postCloudTrail(ApiTestSupport api, String record) throws Exception {
        JsonNode result = api.postJson("/api/v1/sources/aws-cloudtrail/events", "{\"Records\":[" + record + "]}");
        assertThat(result.get("accepted").asInt() + result.get("duplicates").asInt())
                .isEqualTo(1);
    }

    private static String hook(String events) {
        return """
                {"eventType":"com.okta.event_hook","eventTypeVersion":"1.0","cloudEventsVersion":"0.1",\
                "source":"https://example.okta.com/api/v1/eventHooks/whoTest","eventId":"%s",\
                "data":{"events":[%s]}}""".formatted(UUID.randomUUID(), events);
    }

    private static String oktaLogin(
            String user,
            Instant at,
            String ip,
            String country,
            String city,
            double lat,
            double lon,
            String session,
            @org.jspecify.annotations.Nullable String agent) {
        String userAgent = agent != null
                ? agent
                : "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/133.0.0.0 Safari/537.36";
        return """
                {"uuid":"%s","published":"%s","eventType":"user.session.start","version":"0","severity":"INFO",\
                "displayMessage":"User login to Okta","legacyEventType":"core.user_auth.login_success",\
                "actor":{"id":"00uTest","type":"User","alternateId":"%s","displayName":"Test User"},\
                "client":{"userAgent":{"rawUserAgent":"%s","os":"Mac OS X","browser":"CHROME"},"zone":"null",\
                "device":"Computer","id":null,"ipAddress":"%s","geographicalContext":{"city":"%s","state":null,\
                "country":"%s","postalCode":null,"geolocation":{"lat":%s,"lon":%s}}},\
                "authenticationContext":{"authenticationStep":0,"rootSessionId":"%s","externalSessionId":"%s"},\
                "outcome":{"result":"SUCCESS","reason":null},\
                "securityContext":{"asNumber":64496,"asOrg":"example isp","isp":"example isp","isProxy":false},\
                "target":[{"id":"0oaDash","type":"AppInstance","alternateId":"Okta Dashboard",\
                "displayName":"Okta Dashboard"}]}""".formatted(UUID.randomUUID(), at, user, userAgent, ip, city, country, lat, lon, session, session);
    }

    private static String assumeRoleWithSaml(String user, Instant at, String accessKey) {
        return """
                {"eventVersion":"1.08","userIdentity":{"type":"SAMLUser","principalId":"Xz3EXAMPLE=:%1$s",\
                "userName":"%1$s","identityProvider":"Xz3EXAMPLE="},"eventTime":"%2$s",\
                "eventSource":"sts.amazonaws.com","eventName":"AssumeRoleWithSAML","awsRegion":"us-east-1",\
                "sourceIPAddress":"%3$s","userAgent":"%4$s",\
                "requestParameters":{"roleSessionName":"%1$s","durationSeconds":3600,\
                "roleArn":"arn:aws:iam::111122223333:role/OktaAdmin",\
                "principalArn":"arn:aws:iam::111122223333:saml-provider/Okta"},\
                "responseElements":{"credentials":{"accessKeyId":"%5$s","sessionToken":"token",\
                "expiration":"Mar 4, 2026, 6:20:44 PM"},"assumedRoleUser":{"assumedRoleId":"AROAEXAMPLE:%1$s",\
                "arn":"arn:aws:sts::111122223333:assumed-role/OktaAdmin/%1$s"},"subject":"%1$s",\
                "subjectType":"unspecified","issuer":"http://www.okta.com/exkTest"},\
                "requestID":"%6$s","eventID":"%6$s","readOnly":true,"eventType":"AwsApiCall",\
                "managementEvent":true,"recipientAccountId":"111122223333","eventCategory":"Management"}""".formatted(user, at, ATTACKER_IP, ATTACKER_AGENT, accessKey, UUID.randomUUID());
    }

    private static String createAccessKey(String user, Instant at, String accessKey) {
        return iamCall(user, at, accessKey, "CreateAccessKey", "{\"userName\":\"backdoor-" + user.hashCode() + "\"}");
    }

    private static String attachUserPolicy(String user, Instant at, String accessKey) {
        return iamCall(
                user,
                at,
                accessKey,
                "AttachUserPolicy",
                "{\"userName\":\"backdoor-" + user.hashCode()
                        + "\",\"policyArn\":\"arn:aws:iam::aws:policy/AdministratorAccess\"}");
    }

    /** A call by the assumed-role session; its event id is derived from its content, so a retry is a duplicate. */
    private static String iamCall(String user, Instant at, String accessKey, String eventName, String parameters) {
        String eventId = UUID.nameUUIDFromBytes(
                        (user + eventName + at).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        return """
                {"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","principalId":"AROAEXAMPLE:%1$s",\
                "arn":"arn:aws:sts::111122223333:assumed-role/OktaAdmin/%1$s","accountId":"111122223333",\
                "accessKeyId":"%2$s","sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROAEXAMPLE",\
                "arn":"arn:aws:iam::111122223333:role/OktaAdmin","accountId":"111122223333","userName":"OktaAdmin"},\
                "attributes":{"creationDate":"%3$s","mfaAuthenticated":"false"}}},"eventTime":"%3$s",\
                "eventSource":"iam.amazonaws.com","eventName":"%4$s","awsRegion":"us-east-1",\
                "sourceIPAddress":"%5$s","userAgent":"aws-cli/2.24.10","requestParameters":%6$s,\
                "responseElements":null,"requestID":"%7$s","eventID":"%7$s","readOnly":false,\
                "eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"111122223333",\
                "eventCategory":"Management"}""".formatted(user, accessKey, at, eventName, ATTACKER_IP, parameters, eventId);
    }
}
