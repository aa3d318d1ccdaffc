package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static io.loginwatch.detection.SignIns.mfaPrompt;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Outcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MfaFatigueDetectorTests {

    private static final String ALICE = "alice@example.com";

    private final Scenario scenario = new Scenario();
    private final Instant start = SignIns.T0.plus(Duration.ofDays(30));

    @Test
    void firesWhenAPushIsApprovedAfterRepeatedDenials() {
        denials(4);

        Assessment assessment = scenario.feed(mfaPrompt(ALICE, start.plus(Duration.ofMinutes(9)), Outcome.SUCCESS)
                .build());

        assertThat(assessment.signal(SignalType.MFA_FATIGUE)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(65);
            assertThat(signal.evidence()).containsEntry("deniedOrUnanswered", 4);
            assertThat(signal.summary())
                    .isEqualTo("MFA approved for alice@example.com after 4 denied or unanswered prompts within 30"
                            + " minutes (MFA fatigue).");
        });
        assertThat(assessment.severity()).isEqualTo(io.loginwatch.shared.Severity.HIGH);
    }

    @Test
    void firesWhenALoginWithMfaFollowsTheDenials() {
        denials(3);

        Assessment assessment = scenario.feed(
                login(ALICE, start.plus(Duration.ofMinutes(9))).mfa(true).build());

        assertThat(assessment.has(SignalType.MFA_FATIGUE)).isTrue();
    }

    @Test
    void staysSilentAfterOneMissedPush() {
        denials(1);

        Assessment assessment = scenario.feed(mfaPrompt(ALICE, start.plus(Duration.ofMinutes(3)), Outcome.SUCCESS)
                .build());

        assertThat(assessment.has(SignalType.MFA_FATIGUE)).isFalse();
    }

    @Test
    void theApprovalClearsTheDenials() {
        denials(4);
        scenario.feed(mfaPrompt(ALICE, start.plus(Duration.ofMinutes(9)), Outcome.SUCCESS)
                .build());

        Assessment login = scenario.feed(
                login(ALICE, start.plus(Duration.ofMinutes(9).plusSeconds(2))).build());

        assertThat(login.has(SignalType.MFA_FATIGUE)).isFalse();
    }

    @Test
    void staysSilentWhenTheDenialsAreOlderThanTheWindow() {
        denials(4);

        Assessment assessment = scenario.feed(mfaPrompt(ALICE, start.plus(Duration.ofHours(2)), Outcome.SUCCESS)
                .build());

        assertThat(assessment.has(SignalType.MFA_FATIGUE)).isFalse();
    }

    private void denials(int count) {
        for (int i = 0; i < count; i++) {
            scenario.feed(mfaPrompt(ALICE, start.plus(Duration.ofMinutes(2L * i)), Outcome.FAILURE)
                    .failureReason("user rejected push")
                    .build());
        }
    }
}
