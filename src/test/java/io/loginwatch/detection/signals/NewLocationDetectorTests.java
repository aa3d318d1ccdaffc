package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import io.loginwatch.detection.TestProperties;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewLocationDetectorTests {

    @Test
    void firesFarFromEveryKnownPlaceInAKnownCountry() {
        Scenario scenario = new Scenario();
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .geo(SignIns.NEW_YORK)
                .build());

        assertThat(assessment.signal(SignalType.NEW_LOCATION)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(15);
            assertThat(signal.evidence())
                    .containsEntry("seen", "New York, US")
                    .containsEntry("nearestKnown", "Seattle, US")
                    .containsEntry("distanceKm", 3866L);
            assertThat(signal.summary()).contains("3,900 km away");
        });
    }

    @Test
    void staysSilentWithinTheRadiusOfAKnownPlace() {
        Scenario scenario = new Scenario();
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .geo(SignIns.TACOMA)
                .build());

        assertThat(assessment.has(SignalType.NEW_LOCATION)).isFalse();
    }

    @Test
    void allowsForLocationAccuracy() {
        Scenario scenario = new Scenario();
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .geo(SignIns.geo("US", "San Francisco", 37.7749, -122.4194, 1000))
                .build());

        assertThat(assessment.has(SignalType.NEW_LOCATION)).isFalse();
    }

    @Test
    void leavesANewCountryToNewCountry() {
        Scenario scenario = new Scenario();
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .geo(SignIns.BERLIN)
                .build());

        assertThat(assessment.has(SignalType.NEW_LOCATION)).isFalse();
        assertThat(assessment.has(SignalType.NEW_COUNTRY)).isTrue();
    }

    @Test
    void radiusIsConfigurable() {
        Scenario scenario = new Scenario(TestProperties.with("new-location-radius-km", "5000"));
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .geo(SignIns.NEW_YORK)
                .build());

        assertThat(assessment.has(SignalType.NEW_LOCATION)).isFalse();
    }
}
