package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.GeoSource;
import io.loginwatch.shared.Network;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnonymizingNetworkDetectorTests {

    private final Scenario scenario = new Scenario();

    @Test
    void firesForTorWithTheTorWeightEvenDuringLearning() {
        Assessment assessment = scenario.feed(
                login("new@example.com", SignIns.T0).network(SignIns.TOR).build());

        assertThat(assessment.signal(SignalType.ANONYMIZING_NETWORK)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(50);
            assertThat(signal.evidence()).containsEntry("kinds", List.of("tor"));
            assertThat(signal.summary()).startsWith("Signed in through a Tor exit node");
        });
    }

    @Test
    void firesForACommercialVpn() {
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .network(SignIns.NORDVPN)
                .build());

        assertThat(assessment.signal(SignalType.ANONYMIZING_NETWORK)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(25);
            assertThat(signal.evidence())
                    .containsEntry("kinds", List.of("vpn", "hosting"))
                    .containsEntry("habitual", false);
        });
    }

    @Test
    void weighsAHabitualPersonalVpnLess() {
        Instant last = scenario.warmUp("alice@example.com", b -> b.network(SignIns.NORDVPN));

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .network(SignIns.NORDVPN)
                .build());

        assertThat(assessment.signal(SignalType.ANONYMIZING_NETWORK).weight()).isEqualTo(12);
    }

    @Test
    void staysSilentForAnOrdinaryNetwork() {
        Assessment assessment =
                scenario.feed(login("alice@example.com", SignIns.T0).build());

        assertThat(assessment.has(SignalType.ANONYMIZING_NETWORK)).isFalse();
    }

    @Test
    void staysSilentForATrustedCorporateEgressInAHostingRange() {
        Network cloudEgress = new Network(16509L, "Amazon", false, false, true, false, GeoSource.GEOIP);
        Geo corporate = SignIns.CORP_VPN;

        Assessment assessment = scenario.feed(login("alice@example.com", SignIns.T0)
                .network(cloudEgress)
                .geo(corporate)
                .build());

        assertThat(assessment.has(SignalType.ANONYMIZING_NETWORK)).isFalse();
    }
}
