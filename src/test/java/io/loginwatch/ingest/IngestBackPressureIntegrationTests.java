package io.loginwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.loginwatch.ApiTestSupport;
import io.loginwatch.TestDatabaseConfiguration;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Saturated ingest or an unreachable database: 503 with Retry-After, nothing half-stored, the retry succeeds. */
@SpringBootTest(
        properties = {
            "loginwatch.ingest.max-concurrent-requests=1",
            "loginwatch.ingest.permit-wait=100ms",
            "loginwatch.ingest.retry-after=7s",
            "spring.datasource.hikari.maximum-pool-size=2",
            "spring.datasource.hikari.connection-timeout=300"
        })
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class IngestBackPressureIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IngestLimiter limiter;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void answers503WithRetryAfterWhileEveryIngestSlotIsTaken() throws Exception {
        limiter.slots().acquire();
        MvcResult busy;
        try {
            busy = postBatch("bp-busy");
        } finally {
            limiter.slots().release();
        }

        assertThat(busy.getResponse().getStatus()).isEqualTo(503);
        assertThat(busy.getResponse().getHeader("Retry-After")).isEqualTo("7");
        assertThat(busy.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(busy.getResponse().getContentAsString())
                .contains("https://loginwatch.io/problems/ingest-unavailable", "max-concurrent-requests");
        assertThat(stored("bp-busy")).isZero();
        assertThat(limiter.available()).isEqualTo(1);

        MvcResult retried = postBatch("bp-busy");
        assertThat(retried.getResponse().getStatus()).isEqualTo(200);
        assertThat(stored("bp-busy")).isEqualTo(3);
    }

    @Test
    void answers503WithRetryAfterWhenNoDatabaseConnectionCanBeHadAndStoresTheRetry() throws Exception {
        List<Connection> held = new ArrayList<>();
        MvcResult unavailable;
        try {
            held.add(dataSource.getConnection());
            held.add(dataSource.getConnection()); // the whole pool: the database looks saturated
            unavailable = postBatch("bp-db");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }

        assertThat(unavailable.getResponse().getStatus()).isEqualTo(503);
        assertThat(unavailable.getResponse().getHeader("Retry-After")).isEqualTo("7");
        assertThat(unavailable.getResponse().getContentAsString())
                .contains("https://loginwatch.io/problems/ingest-unavailable", "nothing of this batch was stored");
        assertThat(stored("bp-db")).isZero();
        assertThat(limiter.available()).isEqualTo(1);

        MvcResult retried = postBatch("bp-db");
        assertThat(retried.getResponse().getStatus()).isEqualTo(200);
        assertThat(retried.getResponse().getContentAsString()).contains("\"accepted\":3");
        assertThat(stored("bp-db")).isEqualTo(3);
    }

    private MvcResult postBatch(String prefix) throws Exception {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            ndjson.append("{\"eventId\":\"")
                    .append(prefix)
                    .append('-')
                    .append(i)
                    .append("\",\"occurredAt\":\"2026-04-0")
                    .append(i + 1)
                    .append("T08:00:00Z\",\"user\":\"bp@example.com\",\"outcome\":\"SUCCESS\"}\n");
        }
        return mvc.perform(post("/api/v1/events/sign-ins")
                        .header("Authorization", ApiTestSupport.INGEST)
                        .contentType("application/x-ndjson")
                        .content(ndjson.toString()))
                .andReturn();
    }

    private long stored(String prefix) {
        Long n = jdbc.queryForObject(
                "select count(*) from sign_in where source_event_id like ?", Long.class, prefix + "-%");
        return n == null ? 0 : n;
    }
}
