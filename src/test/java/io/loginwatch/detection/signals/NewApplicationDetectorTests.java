package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignalType;
import io.loginwatch.detection.TestProperties;
import io.loginwatch.shared.SignInKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewApplicationDetectorTests {

    @Test
    void firesForTheFirstUseOfAnApplication() {
        Scenario scenario = new Scenario();
        Instant last =
                scenario.warmUp("alice@example.com", b -> b.kind(SignInKind.SSO).application("Salesforce"));

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .kind(SignInKind.SSO)
                .application("GitHub Enterprise")
                .build());

        assertThat(assessment.signal(SignalType.NEW_APPLICATION)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(10);
            assertThat(signal.evidence()).containsEntry("seen", "GitHub Enterprise");
            assertThat(signal.summary())
                    .isEqualTo("First use of GitHub Enterprise by alice@example.com (2 known" + " applications).");
        });
    }

    @Test
    void staysSilentForAKnownApplication() {
        Scenario scenario = new Scenario();
        Instant last =
                scenario.warmUp("alice@example.com", b -> b.kind(SignInKind.SSO).application("Salesforce"));

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .kind(SignInKind.SSO)
                .application("Salesforce")
                .build());

        assertThat(assessment.has(SignalType.NEW_APPLICATION)).isFalse();
    }

    @Test
    void weightIsConfigurable() {
        Scenario scenario = new Scenario(TestProperties.with("weights.new-application", "33"));
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .application("Jira")
                .build());

        assertThat(assessment.signal(SignalType.NEW_APPLICATION).weight()).isEqualTo(33);
    }
}
