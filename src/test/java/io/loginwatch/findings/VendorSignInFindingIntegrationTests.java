package io.loginwatch.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.ApiTestSupport;
import io.loginwatch.TestDatabaseConfiguration;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A user's normal history and then a sign-in from a new country, each delivered in a vendor's native envelope, built
 * from the shared fixture records so that the shapes are the vendors' own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class VendorSignInFindingIntegrationTests {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Instant START = Instant.parse("2026-04-01T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @Test
    void raisesFindingForOktaSignInFromNewCountry() throws Exception {
        ObjectNode template = (ObjectNode) fixture("okta", "event-hook-delivery.json")
                .get("data")
                .get("events")
                .get(0);
        String user = "okta.traveller@example.com";
        BiConsumer<ObjectNode, Instant> base = (event, at) -> {
            event.put("published", at.toString());
            ((ObjectNode) event.get("actor")).put("alternateId", user);
        };
        ArrayNode events = MAPPER.createArrayNode();
        for (int day = 0; day < 12; day++) {
            ObjectNode event = template.deepCopy();
            base.accept(event, START.plus(Duration.ofDays(day)));
            event.put("uuid", "okta-history-" + day);
            events.add(event);
        }
        ObjectNode attack = template.deepCopy();
        base.accept(attack, START.plus(Duration.ofDays(12)));
        attack.put("uuid", "okta-attack");
        ObjectNode client = (ObjectNode) attack.get("client");
        client.put("ipAddress", "203.0.113.200");
        ObjectNode geo = (ObjectNode) client.get("geographicalContext");
        geo.put("country", "Brazil").put("city", "São Paulo").put("state", "São Paulo");
        ((ObjectNode) geo.get("geolocation")).put("lat", -23.55).put("lon", -46.63);
        events.add(attack);
        ObjectNode body = MAPPER.createObjectNode();
        body.put("eventType", "com.okta.event_hook");
        body.putObject("data").set("events", events);

        JsonNode finding = postAndFindOne("okta", body, user);

        assertThat(finding.get("signalTypes").toString()).contains("NEW_COUNTRY");
        assertThat(finding.get("signIn").get("sourceEventId").asString()).isEqualTo("okta-attack");
        assertThat(finding.get("signIn").get("country").asString()).isEqualTo("BR");
    }

    @Test
    void raisesFindingForEntraSignInFromNewCountry() throws Exception {
        ObjectNode template = (ObjectNode)
                fixture("entra", "eventhub-signinlogs.json").get("records").get(0);
        String user = "entra.traveller@example.com";
        BiConsumer<ObjectNode, Instant> base = (record, at) -> {
            record.put("time", at.toString());
            ObjectNode properties = (ObjectNode) record.get("properties");
            properties.put("createdDateTime", at.toString());
            properties.put("userPrincipalName", user);
        };
        ArrayNode records = MAPPER.createArrayNode();
        for (int day = 0; day < 12; day++) {
            ObjectNode record = template.deepCopy();
            base.accept(record, START.plus(Duration.ofDays(day)));
            ((ObjectNode) record.get("properties")).put("id", "entra-history-" + day);
            records.add(record);
        }
        ObjectNode attack = template.deepCopy();
        base.accept(attack, START.plus(Duration.ofDays(12)));
        ObjectNode properties = (ObjectNode) attack.get("properties");
        properties.put("id", "entra-attack");
        properties.put("ipAddress", "203.0.113.201");
        ObjectNode location = (ObjectNode) properties.get("location");
        location.put("countryOrRegion", "NG").put("city", "Lagos").put("state", "Lagos");
        ((ObjectNode) location.get("geoCoordinates")).put("latitude", 6.52).put("longitude", 3.38);
        records.add(attack);
        ObjectNode body = MAPPER.createObjectNode();
        body.set("records", records);

        JsonNode finding = postAndFindOne("entra", body, user);

        assertThat(finding.get("signalTypes").toString()).contains("NEW_COUNTRY");
        assertThat(finding.get("signIn").get("sourceEventId").asString()).isEqualTo("entra-attack");
        assertThat(finding.get("signIn").get("country").asString()).isEqualTo("NG");
    }

    @Test
    void raisesFindingForCloudTrailConsoleLoginFromNewCountryLocatedByGeoIp() throws Exception {
        ObjectNode template = (ObjectNode) fixture("aws-cloudtrail", "s3-cloudtrail-file.json")
                .get("Records")
                .get(0);
        String user = "ct.traveller";
        BiConsumer<ObjectNode, Instant> base = (record, at) -> {
            record.put("eventTime", at.toString());
            ObjectNode identity = (ObjectNode) record.get("userIdentity");
            identity.put("userName", user).put("arn", "arn:aws:iam::111122223333:user/" + user);
            // Milton, US in the MaxMind test City database
            record.put("sourceIPAddress", "216.160.83.58");
        };
        ArrayNode records = MAPPER.createArrayNode();
        for (int day = 0; day < 12; day++) {
            ObjectNode record = template.deepCopy();
            base.accept(record, START.plus(Duration.ofDays(day)));
            record.put("eventID", "ct-history-" + day);
            records.add(record);
        }
        ObjectNode attack = template.deepCopy();
        base.accept(attack, START.plus(Duration.ofDays(12)));
        attack.put("eventID", "ct-attack");
        // Linköping, SE, AS29518, and a Tor exit by the test anonymizer list
        attack.put("sourceIPAddress", "89.160.20.112");
        records.add(attack);
        ObjectNode body = MAPPER.createObjectNode();
        body.set("Records", records);

        JsonNode finding = postAndFindOne("aws-cloudtrail", body, user);

        assertThat(finding.get("signalTypes").toString()).contains("NEW_COUNTRY");
        JsonNode signIn = finding.get("signIn");
        assertThat(signIn.get("sourceEventId").asString()).isEqualTo("ct-attack");
        assertThat(signIn.get("country").asString()).isEqualTo("SE");
        assertThat(signIn.get("geoSource").asString()).isEqualTo("GEOIP");
    }

    @Test
    void enrichesIpOnlySignInWithCountryCityAsnAndAnonymizerFlagsFromTheTestDatabases() throws Exception {
        var api = new ApiTestSupport(mvc);
        String user = "ip.only@example.com";
        StringBuilder ndjson = new StringBuilder();
        for (int day = 0; day < 12; day++) {
            ndjson.append(ipOnly("iponly-history-" + day, START.plus(Duration.ofDays(day)), user, "216.160.83.58"))
                    .append('\n');
        }
        ndjson.append(ipOnly("iponly-attack", START.plus(Duration.ofDays(12)), user, "89.160.20.112"));
        JsonNode stored = api.postJson("/api/v1/events/sign-ins", ndjson.toString());
        assertThat(stored.get("accepted").asInt()).isEqualTo(13);
        api.runEngine();

        JsonNode items = api.getAsAnalyst("/api/v1/findings?user=" + user).get("items");
        assertThat(items).hasSize(1);
        JsonNode finding = items.get(0);
        assertThat(finding.get("signalTypes").toString()).contains("NEW_COUNTRY", "ANONYMIZING_NETWORK");
        JsonNode signIn = finding.get("signIn");
        assertThat(signIn.get("country").asString()).isEqualTo("SE");
        assertThat(signIn.get("city").asString()).isEqualTo("Linköping");
        assertThat(signIn.get("asn").asLong()).isEqualTo(29518);
        assertThat(signIn.get("asOrg").asString()).isEqualTo("Bredband2 AB");
        assertThat(signIn.get("tor").asBoolean()).isTrue();
        assertThat(signIn.get("geoSource").asString()).isEqualTo("GEOIP");
    }

    private static String ipOnly(String id, Instant at, String user, String ip) {
        return "{\"eventId\":\"" + id + "\",\"occurredAt\":\"" + at + "\",\"user\":\"" + user
                + "\",\"outcome\":\"SUCCESS\",\"ip\":\"" + ip + "\"}";
    }

    private JsonNode postAndFindOne(String source, JsonNode body, String user) throws Exception {
        var api = new ApiTestSupport(mvc);
        JsonNode stored = api.postJson("/api/v1/sources/" + source + "/events", body.toString());
        assertThat(stored.get("rejected")).isEmpty();
        assertThat(stored.get("accepted").asInt()).isEqualTo(13);
        api.runEngine();
        JsonNode items = api.getAsAnalyst("/api/v1/findings?user=" + user).get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    static JsonNode fixture(String source, String file) throws Exception {
        try (InputStream in =
                VendorSignInFindingIntegrationTests.class.getResourceAsStream("/fixtures/" + source + "/" + file)) {
            return MAPPER.readTree(in);
        }
    }
}
