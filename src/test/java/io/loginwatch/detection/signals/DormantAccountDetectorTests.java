package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignalType;
import io.loginwatch.detection.TestProperties;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DormantAccountDetectorTests {

    @Test
    void firesOnTheFirstSignInAfterALongSilence() {
        Scenario scenario = new Scenario();
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(
                login("alice@example.com", last.plus(Duration.ofDays(45))).build());

        assertThat(assessment.signal(SignalType.DORMANT_ACCOUNT)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(25);
            assertThat(signal.evidence())
                    .containsEntry("silentDays", 45L)
                    .containsEntry("lastSeen", last.toString())
                    .containsEntry("thresholdDays", 30L);
            assertThat(signal.summary())
                    .isEqualTo("First sign-in of alice@example.com in 45 days (previous on "
                            + last.toString().substring(0, 10) + ").");
        });
    }

    @Test
    void staysSilentAfterAShortBreak() {
        Scenario scenario = new Scenario();
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(
                login("alice@example.com", last.plus(Duration.ofDays(12))).build());

        assertThat(assessment.has(SignalType.DORMANT_ACCOUNT)).isFalse();
    }

    @Test
    void staysSilentOnTheVeryFirstSignIn() {
        Assessment assessment = new Scenario()
                .feed(login("new@example.com", Instant.parse("2025-01-01T00:00:00Z"))
                        .build());

        assertThat(assessment.has(SignalType.DORMANT_ACCOUNT)).isFalse();
    }

    @Test
    void aLateEventOlderThanTheLatestSignInIsNoReturnFromDormancy() {
        Scenario scenario = new Scenario();
        Instant last = scenario.warmUp("alice@example.com");
        scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(45))).build());

        Assessment late = scenario.feed(
                login("alice@example.com", last.plus(Duration.ofDays(40))).build());

        assertThat(late.has(SignalType.DORMANT_ACCOUNT)).isFalse();
    }

    @Test
    void silenceIsConfigurable() {
        Scenario scenario = new Scenario(TestProperties.with("dormant-after", "7d"));
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(
                login("alice@example.com", last.plus(Duration.ofDays(12))).build());

        assertThat(assessment.has(SignalType.DORMANT_ACCOUNT)).isTrue();
    }
}
