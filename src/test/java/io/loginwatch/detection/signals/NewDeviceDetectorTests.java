package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Device;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewDeviceDetectorTests {

    private final Scenario scenario = new Scenario();

    @Test
    void firesForADeviceNeverSeenWithEvidence() {
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .device(SignIns.KALI)
                .build());

        assertThat(assessment.signal(SignalType.NEW_DEVICE)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(15);
            assertThat(signal.evidence())
                    .containsEntry("seen", "ua:Firefox/Linux")
                    .containsEntry("known", List.of("ua:Chrome/Windows"));
        });
    }

    @Test
    void staysSilentForAKnownDevice() {
        Instant last = scenario.warmUp("alice@example.com", b -> b.device(SignIns.PHONE));

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .device(SignIns.PHONE)
                .build());

        assertThat(assessment.has(SignalType.NEW_DEVICE)).isFalse();
    }

    @Test
    void staysSilentAgainstABaselineWithoutDevices() {
        Scenario blind = new Scenario();
        Instant at = SignIns.T0;
        for (int i = 0; i < 20; i++) {
            blind.feed(login("bob@example.com", at.plus(Duration.ofDays(i)))
                    .device(Device.UNKNOWN)
                    .build());
        }

        Assessment assessment = blind.feed(login("bob@example.com", at.plus(Duration.ofDays(21)))
                .device(SignIns.KALI)
                .build());

        assertThat(assessment.has(SignalType.NEW_DEVICE)).isFalse();
    }
}
