package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.AccessPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoMfaDetectorTests {

    private final Scenario scenario = new Scenario();

    @Test
    void firesWhenAnMfaUserSignsInWithoutMfa() {
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .mfa(false)
                .build());

        assertThat(assessment.signal(SignalType.NO_MFA)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(35);
            assertThat(signal.evidence())
                    .containsEntry("mfa", "false")
                    .containsEntry("recentWithMfa", 30)
                    .containsEntry("recentWithoutMfa", 0);
            assertThat(signal.summary())
                    .isEqualTo("Signed in without MFA, although alice@example.com used MFA on 30 of 30 recent"
                            + " sign-ins.");
        });
    }

    @Test
    void staysSilentWhenTheSourceSaysNothingAboutMfa() {
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .mfa(null)
                .build());

        assertThat(assessment.has(SignalType.NO_MFA)).isFalse();
    }

    @Test
    void staysSilentForAUserWhoDoesNotUseMfa() {
        Instant last = scenario.warmUpEvery("bob@example.com", b -> b.mfa(false));

        Assessment assessment = scenario.feed(login("bob@example.com", last.plus(Duration.ofDays(1)))
                .mfa(false)
                .build());

        assertThat(assessment.has(SignalType.NO_MFA)).isFalse();
    }

    @Test
    void firesForALegacyProtocolTheUserDoesNotUse() {
        Instant last = scenario.warmUpEvery("bob@example.com", b -> b.mfa(null));

        Assessment assessment = scenario.feed(login("bob@example.com", last.plus(Duration.ofDays(1)))
                .mfa(null)
                .accessPath(AccessPath.LEGACY_PROTOCOL)
                .protocol("IMAP4")
                .build());

        assertThat(assessment.signal(SignalType.NO_MFA)).satisfies(signal -> {
            assertThat(signal.evidence()).containsEntry("legacyProtocol", true).containsEntry("protocol", "IMAP4");
            assertThat(signal.summary()).contains("over a legacy protocol (IMAP4)");
        });
    }

    @Test
    void staysSilentForALegacyProtocolTheUserAlwaysUses() {
        Instant last = scenario.warmUp("printer@example.com", b -> b.accessPath(AccessPath.LEGACY_PROTOCOL));

        Assessment assessment = scenario.feed(login("printer@example.com", last.plus(Duration.ofDays(1)))
                .accessPath(AccessPath.LEGACY_PROTOCOL)
                .build());

        assertThat(assessment.has(SignalType.NO_MFA)).isFalse();
    }
}
