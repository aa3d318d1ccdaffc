package io.loginwatch.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.loginwatch.ApiTestSupport;
import io.loginwatch.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The engine over HTTP: run-now, status, and events that have no sign-in behind them. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class EngineIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void sensitiveActionByPrincipalThatNeverSignedInDoesNotStopTheEngine() throws Exception {
        var api = new ApiTestSupport(mvc);
        api.postJson(
                "/api/v1/events/audit",
                "{\"eventId\":\"stolen-key-1\",\"occurredAt\":\"2026-03-01T10:00:00Z\","
                        + "\"user\":\"never.signed.in@example.com\",\"action\":\"CreateAccessKey\","
                        + "\"source\":\"aws-cloudtrail\",\"service\":\"iam.amazonaws.com\"}");

        JsonNode run = api.runEngine();
        assertThat(run.get("ran").asBoolean()).isTrue();
        JsonNode status = api.getAsAnalyst("/api/v1/engine");
        assertThat(status.get("lastError").isNull()).isTrue();
        JsonNode health = ApiTestSupport.json(
                mvc.perform(get("/actuator/health/liveness")).andReturn());
        assertThat(health.get("status").asString()).isEqualTo("UP");
    }

    @Test
    void runNowIsForAdminsOnly() throws Exception {
        assertThat(mvc.perform(post("/api/v1/engine/runs").header("Authorization", ApiTestSupport.INGEST))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/no-such-thing").header("Authorization", ApiTestSupport.ADMIN))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
