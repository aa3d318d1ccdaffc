package io.loginwatch.ingest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.loginwatch.ApiTestSupport;
import io.loginwatch.TestDatabaseConfiguration;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The ingest endpoints' HTTP contract: formats, partial batches, idempotency, and every error as problem+json. */
@SpringBootTest(properties = "loginwatch.ingest.max-body-size=64KB")
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class IngestHttpContractIntegrationTests {

    private static final String SIGN_INS = "/api/v1/events/sign-ins";

    @Autowired
    MockMvc mvc;

    @Test
    void rejectsRequestsWithoutKeyWith401Problem() throws Exception {
        mvc.perform(post(SIGN_INS).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("API key is required")));
        mvc.perform(get("/api/v1/findings")).andExpect(status().isUnauthorized());
    }

    @Test
    void rejectsWrongKeyWith401Problem() throws Exception {
        mvc.perform(get("/api/v1/findings").header("Authorization", "Bearer not-a-key"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The API key is not valid"));
    }

    @Test
    void rejectsWrongRoleWith403Problem() throws Exception {
        mvc.perform(get("/api/v1/findings").header("Authorization", ApiTestSupport.INGEST))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(SIGN_INS)
                        .header("Authorization", ApiTestSupport.ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/engine/runs").header("Authorization", ApiTestSupport.ANALYST))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminKeyMayDoEverything() throws Exception {
        mvc.perform(get("/api/v1/findings").header("Authorization", ApiTestSupport.ADMIN))
                .andExpect(status().isOk());
        mvc.perform(post(SIGN_INS)
                        .header("Authorization", ApiTestSupport.ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record("admin-1", "2026-02-01T10:00:00Z", "contract-admin@example.com")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1));
    }

    @Test
    void answersBodyThatIsNotJsonWith400Problem() throws Exception {
        mvc.perform(post(SIGN_INS)
                        .header("Authorization", ApiTestSupport.INGEST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"user\": \"a\", "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://loginwatch.io/problems/malformed-body"));
        mvc.perform(post(SIGN_INS)
                        .header("Authorization", ApiTestSupport.INGEST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("hello"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void answersOversizedBodyWith413Problem() throws Exception {
        String big = "["
                + String.join(",", java.util.Collections.nCopies(2000, record("x", "2026-02-01T10:00:00Z", "u"))) + "]";
        mvc.perform(post(SIGN_INS)
                        .header("Authorization", ApiTestSupport.INGEST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(big))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("max-body-size")));
    }

    @Test
    void answersUnsupportedContentTypeWith415Problem() throws Exception {
        mvc.perform(post(SIGN_INS)
                        .header("Authorization", ApiTestSupport.INGEST)
                        .contentType(MediaType.APPLICATION_XML)
                        .content("<signin/>"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void storesValidRecordsAndListsRejectedOnesByIndex() throws Exception {
        String batch = "[" + record("partial-1", "2026-02-01T10:00:00Z", "contract-partial@example.com") + ","
                + "{\"eventId\":\"partial-2\",\"user\":\"contract-partial@example.com\",\"outcome\":\"SUCCESS\"},"
                + "{\"eventId\":\"partial-3\",\"occurredAt\":\"2026-02-01T10:05:00Z\","
                + "\"user\":\"contract-partial@example.com\",\"outcome\":\"MAYBE\"},"
                + "{\"eventId\":\"partial-4\",\"occurredAt\":\"2026-02-01T10:06:00Z\","
                + "\"user\":\"contract-partial@example.com\",\"outcome\":\"SUCCESS\",\"ip\":\"999.1.1.1\"}]";
        mvc.perform(post(SIGN_INS)
                        .header("Authorization", ApiTestSupport.INGEST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(batch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.rejected.length()").value(3))
                .andExpect(jsonPath("$.rejected[0].index").value(1))
                .andExpect(jsonPath("$.rejected[0].reason").value("occurredAt is required"))
                .andExpect(jsonPath("$.rejected[1].index").value(2))
                .andExpect(jsonPath("$.rejected[1].reason").value(org.hamcrest.Matchers.containsString("outcome")))
                .andExpect(jsonPath("$.rejected[2].reason").value(org.hamcrest.Matchers.containsString("999.1.1.1")));
    }

    @Test
    void answersBatchWhoseEveryRecordIsRejectedWith422Problem() throws Exception {
        mvc.perform(post(SIGN_INS)
                        .header("Authorization", ApiTestSupport.INGEST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"user\":\"x\"}]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rejected[0].index").value(0));
    }

    @Test
    void acceptsGzipNdjsonWithBrokenLineWithoutLosingTheOthers() throws Exception {
        String ndjson = record("nd-1", "2026-02-02T10:00:00Z", "contract-nd@example.com") + "\n"
                + "{\"broken\": \n"
                + record("nd-2", "2026-02-02T11:00:00Z", "contract-nd@example.com") + "\n";
        mvc.perform(post(SIGN_INS)
                        .header("Authorization", ApiTestSupport.INGEST)
                        .header("Content-Encoding", "gzip")
                        .contentType("application/x-ndjson")
                        .content(gzip(ndjson)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.rejected[0].index").value(1))
                .andExpect(jsonPath("$.rejected[0].reason").value(org.hamcrest.Matchers.startsWith("line 2")));
    }

    @Test
    void derivesDeterministicIdSoRecordsWithoutEventIdAreStoredOnce() throws Exception {
        String noId = "{\"occurredAt\":\"2026-02-03T10:00:00Z\",\"user\":\"contract-noid@example.com\","
                + "\"outcome\":\"FAILURE\"}";
        mvc.perform(post(SIGN_INS)
                        .header("Authorization", ApiTestSupport.INGEST)
                        .content(noId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1));
        mvc.perform(post(SIGN_INS)
                        .header("Authorization", ApiTestSupport.INGEST)
                        .content(noId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.duplicates").value(1));
    }

    @Test
    void storesCanonicalAuditEvents() throws Exception {
        mvc.perform(post("/api/v1/events/audit")
                        .header("Authorization", ApiTestSupport.INGEST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eventId\":\"audit-1\",\"occurredAt\":\"2026-02-03T10:00:00Z\","
                                + "\"user\":\"contract-audit@example.com\",\"action\":\"CreateAccessKey\","
                                + "\"service\":\"iam.amazonaws.com\",\"target\":[\"svc-deploy\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1));
    }

    private static String record(String id, String at, String user) {
        return "{\"eventId\":\"" + id + "\",\"occurredAt\":\"" + at + "\",\"user\":\"" + user
                + "\",\"outcome\":\"SUCCESS\",\"ip\":\"203.0.113.9\",\"country\":\"US\"}";
    }

    private static byte[] gzip(String text) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
