package io.loginwatch.detection;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.baseline.Baseline;
import io.loginwatch.baseline.BaselineCodec;
import io.loginwatch.baseline.OrgProfile;
import io.loginwatch.shared.Severity;
import io.loginwatch.shared.SignIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BehaviorModelTests {

    @Test
    void ordinarySignInOfAWarmUserRaisesNothing() {
        Scenario scenario = new Scenario();
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(
                login("alice@example.com", last.plus(Duration.ofHours(20))).build());

        assertThat(assessment.signals()).isEmpty();
        assertThat(assessment.score()).isZero();
        assertThat(assessment.severity()).isEqualTo(Severity.LOW);
        assertThat(assessment.explanation()).isEmpty();
    }

    @Test
    void explainsAStolenPasswordUsedFromAnotherContinent() {
        Scenario scenario = new Scenario();
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofMinutes(38)))
                .geo(SignIns.SAO_PAULO)
                .network(SignIns.VIVO)
                .device(SignIns.KALI)
                .ip("198.51.100.7")
                .build());

        assertThat(assessment.signals())
                .extracting(Signal::type)
                .containsExactly(
                        SignalType.NEW_COUNTRY,
                        SignalType.IMPOSSIBLE_TRAVEL,
                        SignalType.NEW_ASN,
                        SignalType.NEW_DEVICE,
                        SignalType.UNUSUAL_HOUR);
        assertThat(assessment.explanation())
                .startsWith("First sign-in from BR for alice@example.com (usual: US); no one in the organization"
                        + " signs in from there. Last seen in Seattle, US 38 minutes earlier, 10,900 km away"
                        + " (17,200 km/h).");
        // 1 - (1-.30)(1-.60)(1-.15)(1-.15)(1-.10) = 0.8179 (docs/scoring.md)
        assertThat(assessment.score()).isEqualTo(82);
        assertThat(assessment.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void aBusinessTripWithTheUsualLaptopStaysBelowMedium() {
        Scenario scenario = new Scenario();
        Instant last = scenario.warmUp("alice@example.com");

        // Seattle to London is 7,700 km: a 16-hour trip is a plausible flight; noon in London is a normal hour
        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofHours(16)))
                .geo(SignIns.LONDON)
                .network(SignIns.network(3356, "Lumen"))
                .build());

        assertThat(assessment.signals())
                .extracting(Signal::type)
                .containsExactly(SignalType.NEW_COUNTRY, SignalType.NEW_ASN);
        // 1 - (1-.30)(1-.15) = 0.405
        assertThat(assessment.score()).isEqualTo(41);
        assertThat(assessment.severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void assessMutatesNeitherBaselineNorOrganizationProfile() {
        Scenario scenario = new Scenario();
        Instant last = scenario.warmUp("alice@example.com");
        String baselineBefore = scenario.json("alice@example.com");
        String orgBefore = BaselineCodec.toJson(scenario.org());

        scenario.peek(login("alice@example.com", last.plus(Duration.ofMinutes(5)))
                .geo(SignIns.LAGOS)
                .network(SignIns.TOR)
                .sessionId("s-1")
                .build());

        assertThat(scenario.json("alice@example.com")).isEqualTo(baselineBefore);
        assertThat(BaselineCodec.toJson(scenario.org())).isEqualTo(orgBefore);
    }

    @Test
    void noveltyStaysSilentDuringTheLearningPeriodButTravelDoesNot() {
        Scenario scenario = new Scenario();
        scenario.feed(login("bob@example.com", SignIns.T0).build());

        Assessment assessment = scenario.feed(login("bob@example.com", SignIns.T0.plus(Duration.ofHours(1)))
                .geo(SignIns.SAO_PAULO)
                .network(SignIns.VIVO)
                .device(SignIns.KALI)
                .build());

        assertThat(assessment.signals()).extracting(Signal::type).containsExactly(SignalType.IMPOSSIBLE_TRAVEL);
    }

    @Test
    void learningEndsAfterEnoughSignInsAndEnoughHistory() {
        BehaviorModel model = new BehaviorModel(TestProperties.with("learning-sign-ins", "3", "learning-period", "2d"));
        Baseline baseline = Baseline.empty("carol@example.com");
        OrgProfile org = OrgProfile.empty();
        for (int i = 0; i < 3; i++) {
            model.learn(
                    login("carol@example.com", SignIns.T0.plus(Duration.ofHours(i)))
                            .build(),
                    baseline,
                    org);
        }
        SignIn sameDay =
                login("carol@example.com", SignIns.T0.plus(Duration.ofHours(5))).build();
        SignIn threeDaysLater =
                login("carol@example.com", SignIns.T0.plus(Duration.ofDays(3))).build();

        assertThat(model.isLearning(sameDay, baseline)).isTrue();
        assertThat(model.isLearning(threeDaysLater, baseline)).isFalse();
    }

    @Test
    void combinesWeightsWithDiminishingReturns() {
        BehaviorModel model = new BehaviorModel(DetectionProperties.defaults());
        List<Signal> signals = List.of(signal(50), signal(50));

        assertThat(model.score(signals)).isEqualTo(75);
        assertThat(model.score(List.of(signal(100), signal(30)))).isEqualTo(100);
    }

    @Test
    void sumCombinationAddsWeightsUpToOneHundred() {
        BehaviorModel model = new BehaviorModel(TestProperties.with("score-combination", "sum"));

        assertThat(model.score(List.of(signal(50), signal(30)))).isEqualTo(80);
        assertThat(model.score(List.of(signal(70), signal(60)))).isEqualTo(100);
    }

    @Test
    void mapsScoresToDocumentedSeverityBands() {
        BehaviorModel model = new BehaviorModel(DetectionProperties.defaults());

        assertThat(model.severity(44)).isEqualTo(Severity.LOW);
        assertThat(model.severity(45)).isEqualTo(Severity.MEDIUM);
        assertThat(model.severity(64)).isEqualTo(Severity.MEDIUM);
        assertThat(model.severity(65)).isEqualTo(Severity.HIGH);
        assertThat(model.severity(84)).isEqualTo(Severity.HIGH);
        assertThat(model.severity(85)).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void severityBandsAreConfigurable() {
        BehaviorModel model = new BehaviorModel(TestProperties.with("severity-medium", "20", "severity-high", "30"));

        assertThat(model.severity(25)).isEqualTo(Severity.MEDIUM);
        assertThat(model.severity(30)).isEqualTo(Severity.HIGH);
    }

    private static Signal signal(int weight) {
        return new Signal(SignalType.NEW_DEVICE, weight, "test", Map.of());
    }
}
