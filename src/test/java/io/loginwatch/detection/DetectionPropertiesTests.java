package io.loginwatch.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.baseline.LearningPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DetectionPropertiesTests {

    @Test
    void defaultsAreTheDocumentedValues() {
        DetectionProperties defaults = DetectionProperties.defaults();

        assertThat(defaults.interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.schedulerEnabled()).isTrue();
        assertThat(defaults.batchSize()).isEqualTo(5000);
        assertThat(defaults.learningSignIns()).isEqualTo(10);
        assertThat(defaults.learningPeriod()).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.travelSpeedKmh()).isEqualTo(900);
        assertThat(defaults.travelMinDistanceKm()).isEqualTo(500);
        assertThat(defaults.newLocationRadiusKm()).isEqualTo(300);
        assertThat(defaults.baselineRetention()).isEqualTo(Duration.ofDays(90));
        assertThat(defaults.dormantAfter()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.sprayMinUsers()).isEqualTo(10);
        assertThat(defaults.breakGlassAccounts()).isEmpty();
        assertThat(defaults.scoreCombination()).isEqualTo(ScoreCombination.PROBABILISTIC);
        assertThat(defaults.severityMedium()).isEqualTo(45);
        assertThat(defaults.severityHigh()).isEqualTo(65);
        assertThat(defaults.severityCritical()).isEqualTo(85);
        assertThat(defaults.weights().impossibleTravel()).isEqualTo(60);
        assertThat(defaults.weights().newCountry()).isEqualTo(30);
    }

    @Test
    void theLearningPolicyDefaultsMatchTheConfigurationDefaults() {
        assertThat(DetectionProperties.defaults().learningPolicy()).isEqualTo(LearningPolicy.defaults());
    }

    @Test
    void bindsRelaxedNamesListsAndNestedWeights() {
        DetectionProperties properties = TestProperties.with(
                "travel-speed-kmh", "1000",
                "dormant-after", "14d",
                "break-glass-accounts", "Admin@Example.com,root-backup",
                "weights.impossible-travel", "70",
                "score-combination", "sum");

        assertThat(properties.travelSpeedKmh()).isEqualTo(1000);
        assertThat(properties.dormantAfter()).isEqualTo(Duration.ofDays(14));
        assertThat(properties.breakGlassAccounts()).containsExactly("admin@example.com", "root-backup");
        assertThat(properties.weights().impossibleTravel()).isEqualTo(70);
        assertThat(properties.weights().newCountry()).isEqualTo(30);
        assertThat(properties.scoreCombination()).isEqualTo(ScoreCombination.SUM);
    }

    @Test
    void theOriginalSevenArgumentConstructorKeepsEverythingElseAtItsDefault() {
        DetectionProperties properties =
                new DetectionProperties(Duration.ofSeconds(5), false, 100, 0, Duration.ZERO, 800, 400);

        assertThat(properties.learningSignIns()).isZero();
        assertThat(properties.travelSpeedKmh()).isEqualTo(800);
        assertThat(properties.weights())
                .isEqualTo(DetectionProperties.defaults().weights());
        assertThat(properties.dormantAfter()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void failureMemoryCoversTheLongestFailureWindow() {
        DetectionProperties properties = TestProperties.with("spray-window", "3h", "spray-min-users", "40");

        assertThat(properties.learningPolicy().failureMemory()).isEqualTo(Duration.ofHours(3));
        assertThat(properties.learningPolicy().maxFailures()).isEqualTo(40);
    }
}
