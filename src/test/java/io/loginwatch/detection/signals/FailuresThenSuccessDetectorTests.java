package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.failure;
import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Outcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailuresThenSuccessDetectorTests {

    private static final String ALICE = "alice@example.com";

    private final Scenario scenario = new Scenario();

    @Test
    void firesWhenASuccessFollowsABurstOfFailures() {
        Instant start = SignIns.T0.plus(Duration.ofDays(30));
        failures(start, 6, Duration.ofMinutes(2));

        Assessment assessment =
                scenario.feed(login(ALICE, start.plus(Duration.ofMinutes(14))).build());

        assertThat(assessment.signal(SignalType.FAILURES_THEN_SUCCESS)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(45);
            assertThat(signal.evidence()).containsEntry("failures", 6).containsEntry("windowMinutes", 30L);
            assertThat(signal.summary())
                    .isEqualTo("Succeeded after 6 failed sign-ins of alice@example.com within" + " 30 minutes.");
        });
    }

    @Test
    void staysSilentForAFewTypos() {
        Instant start = SignIns.T0.plus(Duration.ofDays(30));
        failures(start, 2, Duration.ofSeconds(20));

        Assessment assessment =
                scenario.feed(login(ALICE, start.plus(Duration.ofMinutes(1))).build());

        assertThat(assessment.has(SignalType.FAILURES_THEN_SUCCESS)).isFalse();
    }

    @Test
    void staysSilentWhenTheFailuresAreSpreadBeyondTheWindow() {
        Instant start = SignIns.T0.plus(Duration.ofDays(30));
        failures(start, 6, Duration.ofMinutes(20));

        Assessment assessment =
                scenario.feed(login(ALICE, start.plus(Duration.ofMinutes(101))).build());

        assertThat(assessment.has(SignalType.FAILURES_THEN_SUCCESS)).isFalse();
    }

    @Test
    void aSuccessClearsTheFailures() {
        Instant start = SignIns.T0.plus(Duration.ofDays(30));
        failures(start, 6, Duration.ofMinutes(1));
        scenario.feed(login(ALICE, start.plus(Duration.ofMinutes(7))).build());

        Assessment next =
                scenario.feed(login(ALICE, start.plus(Duration.ofMinutes(9))).build());

        assertThat(next.has(SignalType.FAILURES_THEN_SUCCESS)).isFalse();
    }

    @Test
    void mfaDenialsAreNotPasswordFailures() {
        Instant start = SignIns.T0.plus(Duration.ofDays(30));
        for (int i = 0; i < 6; i++) {
            scenario.feed(SignIns.mfaPrompt(ALICE, start.plus(Duration.ofMinutes(i)), Outcome.FAILURE)
                    .build());
        }

        Assessment assessment = scenario.feed(
                login(ALICE, start.plus(Duration.ofMinutes(8))).mfa(false).build());

        assertThat(assessment.has(SignalType.FAILURES_THEN_SUCCESS)).isFalse();
    }

    private void failures(Instant start, int count, Duration every) {
        for (int i = 0; i < count; i++) {
            scenario.feed(failure(ALICE, start.plus(every.multipliedBy(i))).build());
        }
    }
}
