package io.loginwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.loginwatch.ApiTestSupport;
import io.loginwatch.TestDatabaseConfiguration;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every shared vendor fixture posted unmodified over HTTP, as a shipper would, and every value its
 * {@code expected.json} lists read back through the timeline API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class VendorFixturesIngestIntegrationTests {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> SOURCES =
            List.of("okta", "entra", "aws-cloudtrail", "google-workspace", "gcp-audit", "ocsf");

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> fixtureFiles() throws Exception {
        List<Arguments> files = new ArrayList<>();
        for (String source : SOURCES) {
            JsonNode expected = MAPPER.readTree(resource(source, "expected.json"));
            expected.path("files").properties().forEach(file -> files.add(Arguments.of(source, file.getKey())));
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("fixtureFiles")
    void storesEveryFixtureRecordWithTheListedCanonicalValues(String source, String file) throws Exception {
        JsonNode expectedRows =
                MAPPER.readTree(resource(source, "expected.json")).path("files").path(file);
        byte[] body = resource(source, file);

        JsonNode result = ApiTestSupport.json(mvc.perform(post("/api/v1/sources/" + source + "/events")
                        .header("Authorization", ApiTestSupport.INGEST)
                        .contentType(file.endsWith(".jsonl") ? "application/x-ndjson" : "application/json")
                        .content(body))
                .andReturn());
        assertThat(result.get("rejected")).as("rejected records").isEmpty();
        assertThat(result.get("accepted").asInt() + result.get("duplicates").asInt())
                .as("stored records")
                .isEqualTo(expectedRows.size());

        var api = new ApiTestSupport(mvc);
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode expected : expectedRows) {
            String user = expected.get("user").asString().toLowerCase(java.util.Locale.ROOT);
            Instant time = Instant.parse(expected.get("time").asString());
            JsonNode item = find(api, user, source, time);
            String label = source + "/" + file + " #" + expected.path("index").asInt() + " ";
            softly.assertThat(item)
                    .as(label + "stored for " + user + " at " + time)
                    .isNotNull();
            if (item == null) {
                continue;
            }
            JsonNode fields = item.get("fields");
            boolean signIn = item.get("kind").asString().equals("SIGN_IN");
            softly.assertThat(text(fields, "ip")).as(label + "ip").isEqualTo(text(expected, "ip"));
            String country =
                    expected.hasNonNull("country_iso") ? text(expected, "country_iso") : text(expected, "country");
            softly.assertThat(text(fields, "country")).as(label + "country").isEqualTo(country);
            softly.assertThat(text(fields, "city")).as(label + "city").isEqualTo(text(expected, "city"));
            softly.assertThat(text(fields, signIn ? "application" : "service"))
                    .as(label + "app")
                    .isEqualTo(text(expected, "app"));
            if (signIn || expected.hasNonNull("outcome")) {
                softly.assertThat(text(fields, "outcome")).as(label + "outcome").isEqualTo(text(expected, "outcome"));
            }
            softly.assertThat(text(fields, "mfa")).as(label + "mfa").isEqualTo(text(expected, "mfa"));
        }
        softly.assertAll();
    }

    private static JsonNode find(ApiTestSupport api, String user, String source, Instant time) throws Exception {
        String cursor = null;
        do {
            String path = "/api/v1/users/" + user + "/timeline?limit=500" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = api.getAsAnalyst(path);
            for (JsonNode item : page.get("items")) {
                if (item.get("source").asString().equals(source)
                        && withinAMicrosecond(
                                Instant.parse(item.get("occurredAt").asString()), time)) {
                    return item;
                }
            }
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
        } while (cursor != null);
        return null;
    }

    /** PostgreSQL keeps microseconds; vendors such as Entra send 100 ns ticks, which it rounds. */
    private static boolean withinAMicrosecond(Instant stored, Instant sent) {
        return Math.abs(java.time.Duration.between(stored, sent).toNanos()) < 1_000;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static byte[] resource(String source, String file) throws Exception {
        try (InputStream in =
                VendorFixturesIngestIntegrationTests.class.getResourceAsStream("/fixtures/" + source + "/" + file)) {
            assertThat(in).as("fixture " + source + "/" + file).isNotNull();
            return in.readAllBytes();
        }
    }
}
