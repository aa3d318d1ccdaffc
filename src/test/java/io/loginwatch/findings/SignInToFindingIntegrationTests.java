package io.loginwatch.findings;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** HTTP → PostgreSQL → engine → findings API, with a user's normal history and then a stolen-credential login. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class SignInToFindingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void raisesNewCountryAndImpossibleTravelForLoginFromAnotherContinentThirtyMinutesLater() throws Exception {
        var api = new ApiTestSupport(mvc);
        String user = "Alice.Skeleton@Example.com";
        Instant start = Instant.parse("2026-03-01T08:00:00Z");
        List<String> history = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            history.add(signIn("hist-" + day, start.plus(Duration.ofDays(day)), user, "US", "Seattle", 47.61, -122.33));
        }
        Instant last = start.plus(Duration.ofDays(13));
        String batch = "[" + String.join(",", history) + "]";

        JsonNode stored = api.postJson("/api/v1/events/sign-ins", batch);
        assertThat(stored.get("accepted").asInt()).isEqualTo(14);
        api.runEngine();

        String attack = signIn("attack-1", last.plus(Duration.ofMinutes(30)), user, "BR", "São Paulo", -23.55, -46.63);
        assertThat(api.postJson("/api/v1/events/sign-ins", attack)
                        .get("accepted")
                        .asInt())
                .isEqualTo(1);
        JsonNode run = api.runEngine();
        assertThat(run.get("scored").asLong()).isGreaterThanOrEqualTo(1);

        JsonNode page = api.getAsAnalyst("/api/v1/findings?user=alice.skeleton@example.com");
        assertThat(page.get("items")).hasSize(1);
        JsonNode finding = page.get("items").get(0);
        assertThat(finding.get("user").asString()).isEqualTo("alice.skeleton@example.com");
        assertThat(finding.get("signalTypes").toString()).contains("NEW_COUNTRY", "IMPOSSIBLE_TRAVEL");
        assertThat(finding.get("signIn").get("sourceEventId").asString()).isEqualTo("attack-1");
        assertThat(finding.get("signIn").get("country").asString()).isEqualTo("BR");
        assertThat(finding.get("score").asInt()).isBetween(1, 100);
        assertThat(finding.get("explanation").asString()).isNotBlank();

        JsonNode one = api.getAsAnalyst("/api/v1/findings/" + finding.get("id").asLong());
        assertThat(one.get("signals").toString()).contains("IMPOSSIBLE_TRAVEL");

        // shippers retry: the same batches again change nothing
        JsonNode retried = api.postJson("/api/v1/events/sign-ins", batch);
        assertThat(retried.get("accepted").asInt()).isZero();
        assertThat(retried.get("duplicates").asInt()).isEqualTo(14);
        assertThat(api.postJson("/api/v1/events/sign-ins", attack)
                        .get("duplicates")
                        .asInt())
                .isEqualTo(1);
        api.runEngine();
        assertThat(api.getAsAnalyst("/api/v1/findings?user=alice.skeleton@example.com")
                        .get("items"))
                .hasSize(1);

        JsonNode timeline = api.getAsAnalyst("/api/v1/users/ALICE.SKELETON@example.com/timeline?limit=5");
        assertThat(timeline.get("items")).hasSize(5);
        assertThat(timeline.get("items").get(0).get("sourceEventId").asString()).isEqualTo("attack-1");
        assertThat(timeline.get("nextCursor").isNull()).isFalse();
    }

    static String signIn(String id, Instant at, String user, String country, String city, double lat, double lon) {
        return """
                {"eventId":"%s","occurredAt":"%s","user":"%s","outcome":"SUCCESS","ip":"198.51.100.7",\
                "userAgent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Safari/605.1.15","deviceId":"mac-1",\
                "country":"%s","city":"%s","latitude":%s,"longitude":%s,"mfa":true,"application":"AWS Console"}""".formatted(id, at, user, country, city, lat, lon);
    }
}
