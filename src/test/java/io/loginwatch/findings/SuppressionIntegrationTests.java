package io.loginwatch.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.loginwatch.ApiTestSupport;
import io.loginwatch.TestDatabaseConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Suppression rules silence expected signals; triage changes status, assignee and notes with history. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class SuppressionIntegrationTests {

    private static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @Test
    void suppressedSignalsRaiseNoFindingWhileOtherUsersStillAlert() throws Exception {
        mvc.perform(post("/api/v1/suppressions")
                        .header("Authorization", ApiTestSupport.ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"user\":\"Expat@Example.com\",\"network\":\"203.0.113.0/24\","
                                + "\"reason\":\"relocating to Brazil\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/suppressions")
                        .header("Authorization", ApiTestSupport.ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"user\":\"x@example.com\",\"reason\":\"no\"}"))
                .andExpect(status().isForbidden());
        var api = new ApiTestSupport(mvc);
        for (String user : List.of("expat@example.com", "stayer@example.com")) {
            api.postJson("/api/v1/events/sign-ins", history(user));
        }
        api.runEngine();

        assertThat(api.getAsAnalyst("/api/v1/findings?user=expat@example.com").get("items"))
                .isEmpty();
        JsonNode items =
                api.getAsAnalyst("/api/v1/findings?user=stayer@example.com").get("items");
        assertThat(items).hasSize(1);

        long id = items.get(0).get("id").asLong();
        JsonNode triaged = ApiTestSupport.json(mvc.perform(patch("/api/v1/findings/" + id)
                        .header("Authorization", ApiTestSupport.ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ACKNOWLEDGED\",\"assignee\":\"soc-oncall\","
                                + "\"note\":\"called the user\"}"))
                .andReturn());
        assertThat(triaged.get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(triaged.get("assignee").asString()).isEqualTo("soc-oncall");
        assertThat(triaged.get("notes").get(0).get("body").asString()).isEqualTo("called the user");
        assertThat(triaged.get("history").toString()).contains("TRIAGED", "status=ACKNOWLEDGED");
        assertThat(api.getAsAnalyst("/api/v1/findings?status=ACKNOWLEDGED&user=stayer@example.com")
                        .get("items"))
                .hasSize(1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/findings?severity=SEVERE")
                        .header("Authorization", ApiTestSupport.ANALYST))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("CRITICAL")));
        mvc.perform(patch("/api/v1/findings/" + id)
                        .header("Authorization", ApiTestSupport.ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CLOSED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value("status 'CLOSED' is not one of [OPEN, ACKNOWLEDGED, RESOLVED, FALSE_POSITIVE]"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/findings?signal=NEW_PLANET")
                        .header("Authorization", ApiTestSupport.ANALYST))
                .andExpect(status().isBadRequest());
        mvc.perform(patch("/api/v1/findings/99999999")
                        .header("Authorization", ApiTestSupport.ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"RESOLVED\"}"))
                .andExpect(status().isNotFound());
    }

    private static String history(String user) {
        List<String> records = new ArrayList<>();
        for (int day = 0; day < 12; day++) {
            records.add(record(
                    user + "-h" + day, START.plus(Duration.ofDays(day)), user, "198.51.100.7", "US", 47.61, -122.33));
        }
        records.add(
                record(user + "-move", START.plus(Duration.ofDays(12)), user, "203.0.113.77", "BR", -23.55, -46.63));
        return "[" + String.join(",", records) + "]";
    }

    private static String record(
            String id, Instant at, String user, String ip, String country, double lat, double lon) {
        return "{\"eventId\":\"" + id + "\",\"occurredAt\":\"" + at + "\",\"user\":\"" + user
                + "\",\"outcome\":\"SUCCESS\",\"ip\":\"" + ip + "\",\"country\":\"" + country + "\",\"latitude\":"
                + lat + ",\"longitude\":" + lon + ",\"deviceId\":\"laptop\",\"mfa\":true}";
    }
}
