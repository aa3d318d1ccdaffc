package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewAsnDetectorTests {

    private final Scenario scenario = new Scenario();

    @Test
    void firesForANetworkNeverSeenWithEvidence() {
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .network(SignIns.HOSTILE)
                .build());

        assertThat(assessment.signal(SignalType.NEW_ASN)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(15);
            assertThat(signal.evidence())
                    .containsEntry("seen", "AS64500")
                    .containsEntry("asOrg", "Bulletproof Hosting")
                    .containsEntry("known", List.of("AS7922"))
                    .containsEntry("commonInOrganization", false);
        });
    }

    @Test
    void staysSilentForAKnownNetwork() {
        Instant last = scenario.warmUp("alice@example.com", b -> b.network(SignIns.TMOBILE));

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .network(SignIns.TMOBILE)
                .build());

        assertThat(assessment.has(SignalType.NEW_ASN)).isFalse();
    }

    @Test
    void scoresLowerWhenTheNetworkIsCommonAcrossTheOrganization() {
        for (String colleague : new String[] {"c1@example.com", "c2@example.com", "c3@example.com"}) {
            scenario.feed(login(colleague, SignIns.T0).network(SignIns.TMOBILE).build());
        }
        Instant last = scenario.warmUp("alice@example.com");

        Assessment common = scenario.peek(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .network(SignIns.TMOBILE)
                .build());
        Assessment unseen = scenario.peek(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .network(SignIns.HOSTILE)
                .build());

        assertThat(common.signal(SignalType.NEW_ASN).weight()).isEqualTo(8);
        assertThat(common.signal(SignalType.NEW_ASN).evidence()).containsEntry("orgUsers", 3);
        assertThat(unseen.signal(SignalType.NEW_ASN).weight()).isEqualTo(15);
    }
}
