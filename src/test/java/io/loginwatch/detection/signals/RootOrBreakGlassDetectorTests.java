package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import io.loginwatch.detection.TestProperties;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.shared.Severity;
import org.junit.jupiter.api.Test;

class RootOrBreakGlassDetectorTests {

    @Test
    void firesForTheAwsRootUser() {
        Assessment assessment = new Scenario()
                .feed(login("123456789012", SignIns.T0)
                        .user(SignIns.principal("arn:aws:iam::123456789012:root", PrincipalType.ROOT))
                        .build());

        assertThat(assessment.signal(SignalType.ROOT_OR_BREAK_GLASS)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(60);
            assertThat(signal.evidence()).containsEntry("principalType", "ROOT").containsEntry("breakGlass", false);
        });
        assertThat(assessment.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void firesForAConfiguredBreakGlassAccountWhateverItsCase() {
        Scenario scenario = new Scenario(TestProperties.with("break-glass-accounts", "Emergency-Admin@example.com"));

        Assessment assessment =
                scenario.feed(login("emergency-admin@example.com", SignIns.T0).build());

        assertThat(assessment.signal(SignalType.ROOT_OR_BREAK_GLASS).summary())
                .isEqualTo("Sign-in as the emergency (break-glass) account emergency-admin@example.com.");
    }

    @Test
    void staysSilentForOrdinaryUsers() {
        Scenario scenario = new Scenario(TestProperties.with("break-glass-accounts", "emergency-admin@example.com"));

        Assessment assessment =
                scenario.feed(login("alice@example.com", SignIns.T0).build());

        assertThat(assessment.has(SignalType.ROOT_OR_BREAK_GLASS)).isFalse();
    }

    @Test
    void staysSilentForAFailedRootAttempt() {
        Assessment assessment = new Scenario()
                .feed(SignIns.failure("root", SignIns.T0)
                        .user(SignIns.principal("arn:aws:iam::123456789012:root", PrincipalType.ROOT))
                        .build());

        assertThat(assessment.has(SignalType.ROOT_OR_BREAK_GLASS)).isFalse();
    }
}
