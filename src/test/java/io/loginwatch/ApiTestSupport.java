package io.loginwatch;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP helpers for full-stack tests: the test keys of src/test/resources/config/application.yml. */
public final class ApiTestSupport {

    public static final String INGEST = "Bearer test-ingest-key";
    public static final String ANALYST = "Bearer test-analyst-key";
    public static final String ADMIN = "Bearer test-admin-key";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final MockMvc mvc;

    public ApiTestSupport(MockMvc mvc) {
        this.mvc = mvc;
    }

    public JsonNode postJson(String path, String body) throws Exception {
        return json(mvc.perform(post(path)
                        .header("Authorization", INGEST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn());
    }

    public JsonNode runEngine() throws Exception {
        return json(mvc.perform(post("/api/v1/engine/runs").header("Authorization", ADMIN))
                .andReturn());
    }

    public JsonNode getAsAnalyst(String path) throws Exception {
        return json(mvc.perform(get(path).header("Authorization", ANALYST)).andReturn());
    }

    public static JsonNode json(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        if (result.getResponse().getStatus() >= 300) {
            throw new AssertionError("HTTP " + result.getResponse().getStatus() + ": " + body);
        }
        return MAPPER.readTree(body);
    }
}
