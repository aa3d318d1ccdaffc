package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.failure;
import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Geo;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordSprayDetectorTests {

    private static final String SPRAYER = "198.51.100.66";

    private final Scenario scenario = new Scenario();
    private final Instant start = SignIns.T0.plus(Duration.ofDays(30));

    @Test
    void firesWhenASourceThatFailedOnManyUsersSucceeds() {
        spray(12, Duration.ofMinutes(2), SignIns.LAGOS);

        Assessment assessment = scenario.feed(login("victim@example.com", start.plus(Duration.ofMinutes(30)))
                .ip(SPRAYER)
                .geo(SignIns.LAGOS)
                .build());

        assertThat(assessment.signal(SignalType.PASSWORD_SPRAY)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(60);
            assertThat(signal.evidence())
                    .containsEntry("ip", SPRAYER)
                    .containsEntry("failingUsers", 12)
                    .containsEntry("windowMinutes", 60L);
            assertThat(signal.summary())
                    .isEqualTo("Succeeded from 198.51.100.66, which failed to sign in as 12 different users within"
                            + " the previous 60 minutes (password spray).");
        });
    }

    @Test
    void staysSilentWhenTheSourceFailedOnFewUsers() {
        spray(4, Duration.ofMinutes(2), SignIns.LAGOS);

        Assessment assessment = scenario.feed(login("victim@example.com", start.plus(Duration.ofMinutes(30)))
                .ip(SPRAYER)
                .build());

        assertThat(assessment.has(SignalType.PASSWORD_SPRAY)).isFalse();
    }

    @Test
    void staysSilentWhenTheFailuresAreOlderThanTheWindow() {
        spray(12, Duration.ofMinutes(1), SignIns.LAGOS);

        Assessment assessment = scenario.feed(login("victim@example.com", start.plus(Duration.ofHours(3)))
                .ip(SPRAYER)
                .build());

        assertThat(assessment.has(SignalType.PASSWORD_SPRAY)).isFalse();
    }

    @Test
    void staysSilentForASuccessFromAnotherAddress() {
        spray(12, Duration.ofMinutes(2), SignIns.LAGOS);

        Assessment assessment = scenario.feed(
                login("victim@example.com", start.plus(Duration.ofMinutes(30))).build());

        assertThat(assessment.has(SignalType.PASSWORD_SPRAY)).isFalse();
    }

    @Test
    void staysSilentForASharedOfficeAddressWhereMostUsersSucceed() {
        spray(12, Duration.ofMinutes(2), SignIns.SEATTLE);
        for (int i = 0; i < 30; i++) {
            scenario.feed(login("colleague" + i + "@example.com", start.plus(Duration.ofMinutes(i)))
                    .ip(SPRAYER)
                    .build());
        }

        Assessment assessment = scenario.feed(login("user3@example.com", start.plus(Duration.ofMinutes(31)))
                .ip(SPRAYER)
                .build());

        assertThat(assessment.has(SignalType.PASSWORD_SPRAY)).isFalse();
    }

    @Test
    void keepsFiringForFurtherVictimsOfTheSameSprayer() {
        spray(12, Duration.ofMinutes(2), SignIns.LAGOS);
        scenario.feed(login("victim@example.com", start.plus(Duration.ofMinutes(30)))
                .ip(SPRAYER)
                .build());

        Assessment second = scenario.feed(login("victim2@example.com", start.plus(Duration.ofMinutes(31)))
                .ip(SPRAYER)
                .build());

        assertThat(second.signal(SignalType.PASSWORD_SPRAY).evidence()).containsEntry("succeedingUsers", 1);
    }

    @Test
    void ignoresTheSharedEgressOfATrustedNetwork() {
        spray(12, Duration.ofMinutes(2), SignIns.CORP_VPN);

        Assessment assessment = scenario.feed(login("victim@example.com", start.plus(Duration.ofMinutes(30)))
                .ip(SPRAYER)
                .geo(SignIns.CORP_VPN)
                .build());

        assertThat(assessment.has(SignalType.PASSWORD_SPRAY)).isFalse();
    }

    private void spray(int users, Duration every, Geo geo) {
        for (int i = 0; i < users; i++) {
            scenario.feed(failure("user" + i + "@example.com", start.plus(every.multipliedBy(i)))
                    .ip(SPRAYER)
                    .geo(geo)
                    .build());
        }
    }
}
