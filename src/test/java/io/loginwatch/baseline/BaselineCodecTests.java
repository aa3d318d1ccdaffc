package io.loginwatch.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Histories;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.shared.SignIn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineCodecTests {

    @Test
    void roundTripsABaselineExactly() {
        Scenario scenario = new Scenario();
        scenario.feedAll(Histories.officeWorker("alice@example.com", 60, 1));
        String json = scenario.json("alice@example.com");

        Baseline copy = BaselineCodec.fromJson(json);

        assertThat(BaselineCodec.toJson(copy)).isEqualTo(json);
    }

    @Test
    void roundTripsAnEmptyBaselineAndProfile() {
        String baseline = BaselineCodec.toJson(Baseline.empty("nobody@example.com"));
        String org = BaselineCodec.toJson(OrgProfile.empty());

        assertThat(BaselineCodec.toJson(BaselineCodec.fromJson(baseline))).isEqualTo(baseline);
        assertThat(BaselineCodec.toJson(BaselineCodec.orgFromJson(org))).isEqualTo(org);
        assertThat(baseline)
                .isEqualTo("{\"user\":\"nobody@example.com\",\"successCount\":0,\"mfaUsed\":0,\"mfaSkipped\":0,"
                        + "\"hours\":{\"utc\":{}}}");
    }

    @Test
    void roundTripsTheOrganizationProfileExactly() {
        Scenario scenario = new Scenario();
        for (int user = 0; user < 5; user++) {
            scenario.feedAll(Histories.officeWorker("user" + user + "@example.com", 30, user));
        }
        for (int i = 0; i < 4; i++) {
            scenario.feed(SignIns.failure("victim" + i + "@example.com", SignIns.T0.plus(Duration.ofDays(29)))
                    .ip("198.51.100.66")
                    .build());
        }
        String json = BaselineCodec.toJson(scenario.org());

        assertThat(BaselineCodec.toJson(BaselineCodec.orgFromJson(json))).isEqualTo(json);
        assertThat(json).contains("\"failingSources\":{\"198.51.100.66\":");
    }

    @Test
    void aRestoredBaselineJudgesExactlyLikeTheOriginal() {
        Scenario scenario = new Scenario();
        List<SignIn> history = Histories.officeWorker("alice@example.com", 60, 7);
        scenario.feedAll(history.subList(0, 200));
        Baseline original = scenario.baseline("alice@example.com");
        Baseline restored = BaselineCodec.fromJson(BaselineCodec.toJson(original));
        OrgProfile restoredOrg = BaselineCodec.orgFromJson(BaselineCodec.toJson(scenario.org()));

        for (SignIn signIn : history.subList(200, history.size())) {
            Assessment expected = scenario.model().assess(signIn, original, scenario.org());
            Assessment actual = scenario.model().assess(signIn, restored, restoredOrg);
            assertThat(actual).isEqualTo(expected);
            scenario.model().learn(signIn, original, scenario.org());
            scenario.model().learn(signIn, restored, restoredOrg);
        }
        assertThat(BaselineCodec.toJson(restored)).isEqualTo(BaselineCodec.toJson(original));
    }

    @Test
    void aTypicalUserBaselineStaysUnderTwoKibibytes() {
        Scenario scenario = new Scenario();
        int users = 40;
        long total = 0;
        for (int user = 0; user < users; user++) {
            String name = "user" + user + "@example.com";
            scenario.feedAll(Histories.officeWorker(name, 60, 1000 + user));
            total += scenario.json(name).length();
        }

        assertThat(total / users).isLessThanOrEqualTo(2048);
    }

    @Test
    void writesReadableJson() {
        Scenario scenario = new Scenario();
        scenario.warmUp("alice@example.com");

        String json = scenario.json("alice@example.com");

        assertThat(json)
                .startsWith("{\"user\":\"alice@example.com\",\"firstSeen\":\"2025-03-03T16:00:00Z\"")
                .contains("\"countries\":{\"US\":[30,\"2025-03-21\"]}")
                .contains("\"asns\":{\"7922\":[30,\"2025-03-21\"]}")
                .contains("\"accessPaths\":{\"CONSOLE\":[30,\"2025-03-21\"]}")
                .contains("\"places\":[{\"name\":\"Seattle, US\",\"lat\":47.6062,\"lon\":-122.3321,\"accuracyKm\":20,"
                        + "\"count\":30,\"last\":\"2025-03-21\"}]")
                .contains("\"hours\":{\"halvedOn\":\"2025-03-03\",\"utc\":{\"mon\":\"000000000000000030003000\"");
    }
}
