package io.loginwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.loginwatch.ApiTestSupport;
import io.loginwatch.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Named networks managed over the API take precedence over GeoIP for the events that follow. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class NamedNetworksApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void trustedNamedNetworkAddedByAdminLocatesLaterSignIns() throws Exception {
        JsonNode created = ApiTestSupport.json(mvc.perform(post("/api/v1/named-networks")
                        .header("Authorization", ApiTestSupport.ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cidr\":\"81.2.69.0/24\",\"name\":\"London office\",\"city\":\"London\","
                                + "\"country\":\"GB\",\"latitude\":51.5,\"longitude\":-0.12,\"trusted\":true}"))
                .andExpect(status().isCreated())
                .andReturn());
        var api = new ApiTestSupport(mvc);
        api.postJson(
                "/api/v1/events/sign-ins",
                "{\"eventId\":\"nn-1\",\"occurredAt\":\"2026-05-01T09:00:00Z\",\"user\":\"nn.user@example.com\","
                        + "\"outcome\":\"SUCCESS\",\"ip\":\"81.2.69.142\"}");

        JsonNode item = api.getAsAnalyst("/api/v1/users/nn.user@example.com/timeline")
                .get("items")
                .get(0)
                .get("fields");
        assertThat(item.get("networkName").asString()).isEqualTo("London office");
        assertThat(item.get("geoSource").asString()).isEqualTo("NAMED_NETWORK");
        assertThat(item.get("trustedNetwork").asBoolean()).isTrue();
        // a trusted network is never an anonymizer, although the test database flags this range
        assertThat(item.get("tor").asBoolean()).isFalse();

        mvc.perform(delete("/api/v1/named-networks/" + created.get("id").asLong())
                        .header("Authorization", ApiTestSupport.ADMIN))
                .andExpect(status().isNoContent());
    }

    @Test
    void rejectsInvalidCidrAndNonAdminCallers() throws Exception {
        mvc.perform(post("/api/v1/named-networks")
                        .header("Authorization", ApiTestSupport.ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cidr\":\"10.0.0.0/99\",\"name\":\"broken\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("10.0.0.0/99")));
        mvc.perform(post("/api/v1/named-networks")
                        .header("Authorization", ApiTestSupport.ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cidr\":\"10.0.0.0/8\",\"name\":\"corp\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/named-networks")
                        .header("Authorization", ApiTestSupport.ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cidr\":\"10.0.0.0/8\",\"name\":\"corp\",\"latitude\":123}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value(org.hamcrest.Matchers.startsWith("latitude")));
        mvc.perform(post("/api/v1/named-networks")
                        .header("Authorization", ApiTestSupport.ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cidr\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete("/api/v1/named-networks/999999").header("Authorization", ApiTestSupport.ADMIN))
                .andExpect(status().isNotFound());
    }
}
