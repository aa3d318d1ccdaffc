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

class ImpossibleTravelDetectorTests {

    private static final String ALICE = "alice@example.com";

    private final Scenario scenario = new Scenario();

    @Test
    void firesWhenTheUserWouldHaveFlownFasterThanAPlane() {
        Instant last = scenario.warmUp(ALICE);

        Assessment assessment = scenario.feed(login(ALICE, last.plus(Duration.ofMinutes(38)))
                .geo(SignIns.SAO_PAULO)
                .build());

        assertThat(assessment.signal(SignalType.IMPOSSIBLE_TRAVEL)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(60);
            assertThat(signal.evidence())
                    .containsEntry("from", "Seattle, US")
                    .containsEntry("to", "Sao Paulo, BR")
                    .containsEntry("distanceKm", 10_918L)
                    .containsEntry("accuracyAllowanceKm", 40L)
                    .containsEntry("minutes", 38L)
                    .containsEntry("speedKmh", 17_176L)
                    .containsEntry("previousSignInAt", last.toString());
        });
    }

    @Test
    void staysSilentForAFlightThatFitsTheTime() {
        Instant last = scenario.warmUp(ALICE);

        Assessment assessment = scenario.feed(login(ALICE, last.plus(Duration.ofHours(6)))
                .geo(SignIns.NEW_YORK)
                .build());

        assertThat(assessment.has(SignalType.IMPOSSIBLE_TRAVEL)).isFalse();
    }

    @Test
    void staysSilentForShortHopsBelowTheMinimumDistance() {
        Instant last = scenario.warmUp(ALICE);

        Assessment assessment = scenario.feed(login(ALICE, last.plus(Duration.ofMinutes(1)))
                .geo(SignIns.VANCOUVER)
                .build());

        assertThat(assessment.has(SignalType.IMPOSSIBLE_TRAVEL)).isFalse();
    }

    @Test
    void allowsForGeoIpAccuracy() {
        Instant last = scenario.warmUp(ALICE);

        // Seattle - San Francisco is 1,093 km; 20 + 600 km of uncertainty leave 473 km, under the 500 km minimum
        Assessment vague = scenario.peek(login(ALICE, last.plus(Duration.ofMinutes(10)))
                .geo(SignIns.geo("US", "San Francisco", 37.7749, -122.4194, 600))
                .build());
        Assessment precise = scenario.peek(login(ALICE, last.plus(Duration.ofMinutes(10)))
                .geo(SignIns.SAN_FRANCISCO)
                .build());

        assertThat(vague.has(SignalType.IMPOSSIBLE_TRAVEL)).isFalse();
        assertThat(precise.has(SignalType.IMPOSSIBLE_TRAVEL)).isTrue();
    }

    @Test
    void neverFiresToOrFromATrustedNamedNetwork() {
        Instant last = scenario.warmUp(ALICE);
        Assessment toVpn = scenario.feed(login(ALICE, last.plus(Duration.ofMinutes(5)))
                .geo(SignIns.CORP_VPN)
                .build());

        Assessment fromVpn = scenario.feed(login(ALICE, last.plus(Duration.ofMinutes(10)))
                .geo(SignIns.SEATTLE)
                .build());

        assertThat(toVpn.has(SignalType.IMPOSSIBLE_TRAVEL)).isFalse();
        assertThat(fromVpn.has(SignalType.IMPOSSIBLE_TRAVEL)).isFalse();
    }

    @Test
    void ignoresFailedAttemptsFromFarAway() {
        Instant last = scenario.warmUp(ALICE);
        scenario.feed(SignIns.failure(ALICE, last.plus(Duration.ofMinutes(5)))
                .geo(SignIns.LAGOS)
                .build());

        Assessment attempt = scenario.feed(SignIns.failure(ALICE, last.plus(Duration.ofMinutes(6)))
                .geo(SignIns.LAGOS)
                .build());
        Assessment home =
                scenario.feed(login(ALICE, last.plus(Duration.ofMinutes(10))).build());

        assertThat(attempt.has(SignalType.IMPOSSIBLE_TRAVEL)).isFalse();
        assertThat(home.has(SignalType.IMPOSSIBLE_TRAVEL)).isFalse();
    }

    @Test
    void judgesALateEventAgainstThePlaceBeforeItNotALaterOne() {
        Instant last = scenario.warmUp(ALICE);
        // Alice flies to New York and signs in there 7 hours later...
        scenario.feed(login(ALICE, last.plus(Duration.ofHours(7)))
                .geo(SignIns.NEW_YORK)
                .build());

        // ...and a Seattle sign-in from before the flight arrives late: compared with Seattle, not New York
        Assessment late =
                scenario.feed(login(ALICE, last.plus(Duration.ofHours(1))).build());

        assertThat(late.has(SignalType.IMPOSSIBLE_TRAVEL)).isFalse();
    }

    @Test
    void firesForALateEventFarAwayWhileTheUserWasHome() {
        Instant last = scenario.warmUp(ALICE);
        scenario.feed(login(ALICE, last.plus(Duration.ofHours(3))).build());

        // Seattle at +0h and +3h; a late event from Sao Paulo at +1h30 leaves 90 minutes either way
        Assessment late = scenario.feed(login(ALICE, last.plus(Duration.ofMinutes(90)))
                .geo(SignIns.SAO_PAULO)
                .build());

        assertThat(late.signal(SignalType.IMPOSSIBLE_TRAVEL)).satisfies(signal -> {
            assertThat(signal.evidence()).containsEntry("minutes", 90L);
            assertThat(signal.summary()).startsWith("Seen in Seattle, US within 90 minutes of this sign-in");
        });
    }

    @Test
    void speedLimitIsConfigurable() {
        Scenario slow = new Scenario(TestProperties.with("travel-speed-kmh", "500"));
        Instant last = slow.warmUp(ALICE);

        Assessment assessment = slow.feed(login(ALICE, last.plus(Duration.ofHours(6)))
                .geo(SignIns.NEW_YORK)
                .build());

        assertThat(assessment.has(SignalType.IMPOSSIBLE_TRAVEL)).isTrue();
    }
}
