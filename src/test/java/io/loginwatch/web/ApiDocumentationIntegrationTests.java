package io.loginwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.loginwatch.ApiTestSupport;
import io.loginwatch.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document and the operational endpoints. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class ApiDocumentationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void openApiDocumentDescribesEveryEndpointAndTheBearerScheme() throws Exception {
        JsonNode doc = ApiTestSupport.json(mvc.perform(get("/v3/api-docs")).andReturn());
        assertThat(doc.get("paths").propertyNames())
                .contains(
                        "/api/v1/events/sign-ins",
                        "/api/v1/events/audit",
                        "/api/v1/sources/{source}/events",
                        "/api/v1/findings",
                        "/api/v1/findings/{id}",
                        "/api/v1/users/{user}/timeline",
                        "/api/v1/users/{user}/baseline",
                        "/api/v1/engine",
                        "/api/v1/engine/runs",
                        "/api/v1/suppressions",
                        "/api/v1/named-networks");
        assertThat(doc.at("/components/securitySchemes/apiKey/scheme").asString())
                .isEqualTo("bearer");
        assertThat(doc.at("/paths/~1api~1v1~1events~1sign-ins/post/requestBody/content")
                        .toString())
                .contains("application/x-ndjson", "occurredAt");
        assertThat(doc.at(
                                "/paths/~1api~1v1~1sources~1{source}~1events/post/requestBody/content/application~1json/examples")
                        .propertyNames())
                .containsExactlyInAnyOrder("okta", "entra", "aws-cloudtrail", "google-workspace", "gcp-audit", "ocsf");
    }

    @Test
    void healthShowsDatabaseAndEngineToAnalystsOnly() throws Exception {
        JsonNode health =
                ApiTestSupport.json(mvc.perform(get("/actuator/health").header("Authorization", ApiTestSupport.ANALYST))
                        .andReturn());
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/engine/details").has("pending")).isTrue();

        JsonNode anonymous =
                ApiTestSupport.json(mvc.perform(get("/actuator/health")).andReturn());
        assertThat(anonymous.get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
    }

    @Test
    void prometheusMetricsNeedTheAdminRole() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", ApiTestSupport.ANALYST))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        String metrics = mvc.perform(get("/actuator/prometheus").header("Authorization", ApiTestSupport.ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(metrics).contains("loginwatch_engine_pending", "loginwatch_engine_lag_seconds");
    }
}
