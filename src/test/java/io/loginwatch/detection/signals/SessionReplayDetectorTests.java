package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.SignInKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionReplayDetectorTests {

    private static final String ALICE = "alice@example.com";
    private static final String SESSION = "102f8e8a-6b1c-4c5e-9d7a-1e2f3a4b5c6d";

    private final Scenario scenario = new Scenario();

    @Test
    void firesWhenASessionIsUsedFromASecondDistantPlace() {
        Instant last = scenario.warmUp(ALICE);
        scenario.feed(
                login(ALICE, last.plus(Duration.ofHours(14))).sessionId(SESSION).build());

        Assessment replay = scenario.feed(login(ALICE, last.plus(Duration.ofHours(16)))
                .kind(SignInKind.SSO)
                .sessionId(SESSION)
                .geo(SignIns.LAGOS)
                .ip("198.51.100.9")
                .build());

        assertThat(replay.signal(SignalType.SESSION_REPLAY)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(65);
            assertThat(signal.evidence())
                    .containsEntry("sessionId", SESSION)
                    .containsEntry("firstPlace", "Seattle, US")
                    .containsEntry("place", "Lagos, NG")
                    .containsEntry("ip", "198.51.100.9");
            assertThat(signal.summary())
                    .isEqualTo("Session 102f8e8a…, first used from Seattle, US 2 hours earlier, is now used from"
                            + " Lagos, NG, 12,000 km away.");
        });
    }

    @Test
    void firesWhenASessionIsUsedFromANewDevice() {
        Instant last = scenario.warmUp(ALICE);
        scenario.feed(
                login(ALICE, last.plus(Duration.ofHours(14))).sessionId(SESSION).build());

        Assessment replay = scenario.feed(login(ALICE, last.plus(Duration.ofHours(15)))
                .sessionId(SESSION)
                .device(SignIns.KALI)
                .build());

        assertThat(replay.signal(SignalType.SESSION_REPLAY).evidence())
                .containsEntry("firstDevice", "ua:Chrome/Windows")
                .containsEntry("device", "ua:Firefox/Linux");
    }

    @Test
    void staysSilentForTheSameSessionNearbyOnAnotherIp() {
        Instant last = scenario.warmUp(ALICE);
        scenario.feed(
                login(ALICE, last.plus(Duration.ofHours(14))).sessionId(SESSION).build());

        Assessment sameCity = scenario.feed(login(ALICE, last.plus(Duration.ofHours(15)))
                .sessionId(SESSION)
                .geo(SignIns.TACOMA)
                .network(SignIns.TMOBILE)
                .ip("172.56.1.1")
                .build());

        assertThat(sameCity.has(SignalType.SESSION_REPLAY)).isFalse();
    }

    @Test
    void staysSilentForTheSameSessionOnAnotherKnownDevice() {
        Instant last = scenario.warmUp(ALICE, b -> b.device(SignIns.PHONE));
        scenario.feed(
                login(ALICE, last.plus(Duration.ofHours(14))).sessionId(SESSION).build());

        Assessment phone = scenario.feed(login(ALICE, last.plus(Duration.ofHours(15)))
                .sessionId(SESSION)
                .device(SignIns.PHONE)
                .build());

        assertThat(phone.has(SignalType.SESSION_REPLAY)).isFalse();
    }

    @Test
    void staysSilentForAnotherSession() {
        Instant last = scenario.warmUp(ALICE);
        scenario.feed(
                login(ALICE, last.plus(Duration.ofHours(14))).sessionId(SESSION).build());

        Assessment other = scenario.feed(login(ALICE, last.plus(Duration.ofHours(30)))
                .sessionId("another")
                .geo(SignIns.NEW_YORK)
                .build());

        assertThat(other.has(SignalType.SESSION_REPLAY)).isFalse();
    }
}
