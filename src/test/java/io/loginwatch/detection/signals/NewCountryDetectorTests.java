package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewCountryDetectorTests {

    private final Scenario scenario = new Scenario();

    @Test
    void firesOnFirstSignInFromACountryWithEvidence() {
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .geo(SignIns.BERLIN)
                .build());

        assertThat(assessment.signal(SignalType.NEW_COUNTRY)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(30);
            assertThat(signal.evidence())
                    .containsEntry("seen", "DE")
                    .containsEntry("known", java.util.List.of("US"))
                    .containsEntry("orgUsers", 0);
            assertThat(signal.summary()).startsWith("First sign-in from DE for alice@example.com (usual: US)");
        });
    }

    @Test
    void staysSilentForAKnownCountry() {
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .geo(SignIns.NEW_YORK)
                .build());

        assertThat(assessment.has(SignalType.NEW_COUNTRY)).isFalse();
    }

    @Test
    void staysSilentOnTheSecondSignInFromTheNewCountry() {
        Instant last = scenario.warmUp("alice@example.com");
        scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .geo(SignIns.BERLIN)
                .build());

        Assessment second = scenario.feed(
                login("alice@example.com", last.plus(Duration.ofDays(1).plusHours(2)))
                        .geo(SignIns.BERLIN)
                        .build());

        assertThat(second.has(SignalType.NEW_COUNTRY)).isFalse();
    }

    @Test
    void staysSilentFromATrustedNamedNetwork() {
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .geo(SignIns.CORP_VPN)
                .build());

        assertThat(assessment.has(SignalType.NEW_COUNTRY)).isFalse();
    }

    @Test
    void staysSilentDuringTheLearningPeriod() {
        scenario.feed(login("bob@example.com", SignIns.T0).build());

        Assessment assessment = scenario.feed(login("bob@example.com", SignIns.T0.plus(Duration.ofDays(2)))
                .geo(SignIns.BERLIN)
                .build());

        assertThat(assessment.has(SignalType.NEW_COUNTRY)).isFalse();
    }

    @Test
    void scoresLowerWhenTheCountryIsCommonAcrossTheOrganization() {
        Instant last = scenario.warmUp("alice@example.com");
        for (String colleague : new String[] {"c1@example.com", "c2@example.com", "c3@example.com"}) {
            scenario.feed(login(colleague, SignIns.T0).geo(SignIns.BERLIN).build());
        }
        scenario.warmUp("dave@example.com");

        Assessment common = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .geo(SignIns.BERLIN)
                .build());
        Assessment unseen = scenario.feed(login("dave@example.com", last.plus(Duration.ofDays(1)))
                .geo(SignIns.LAGOS)
                .build());

        assertThat(common.signal(SignalType.NEW_COUNTRY).weight()).isEqualTo(15);
        assertThat(common.signal(SignalType.NEW_COUNTRY).evidence()).containsEntry("commonInOrganization", true);
        assertThat(unseen.signal(SignalType.NEW_COUNTRY).weight()).isEqualTo(30);
        assertThat(common.score()).isLessThan(unseen.score());
    }
}
