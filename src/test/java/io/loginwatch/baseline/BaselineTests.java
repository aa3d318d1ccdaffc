package io.loginwatch.baseline;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Device;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.SignInKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BaselineTests {

    private static final String ALICE = "alice@example.com";
    private final LearningPolicy policy = LearningPolicy.defaults();

    @Test
    void learnsOnlyFromSuccessfulSessionOpeningSignIns() {
        Baseline baseline = Baseline.empty(ALICE);

        baseline.learn(SignIns.failure(ALICE, SignIns.T0).geo(SignIns.LAGOS).build(), policy);
        baseline.learn(
                SignIns.mfaPrompt(ALICE, SignIns.T0, Outcome.SUCCESS)
                        .geo(SignIns.BERLIN)
                        .build(),
                policy);
        baseline.learn(
                login(ALICE, SignIns.T0)
                        .kind(SignInKind.LOGOUT)
                        .geo(SignIns.LONDON)
                        .build(),
                policy);
        int failuresBeforeSuccess = baseline.failuresWithin(SignIns.T0, Duration.ofMinutes(1));
        baseline.learn(login(ALICE, SignIns.T0).build(), policy);

        assertThat(failuresBeforeSuccess).isEqualTo(1);
        assertThat(baseline.countries()).containsOnlyKeys("US");
        assertThat(baseline.successCount()).isEqualTo(1);
        assertThat(baseline.failuresWithin(SignIns.T0, Duration.ofMinutes(1)))
                .as("a success clears the failures")
                .isZero();
    }

    @Test
    void aUserWhoMovedStopsBeingNewInTheNewCityAndTheOldOneFades() {
        Scenario scenario = new Scenario();
        Instant last = scenario.warmUp(ALICE);
        Instant moved = last.plus(Duration.ofDays(3));

        Assessment firstInBerlin = scenario.feed(
                login(ALICE, moved).geo(SignIns.BERLIN).network(SignIns.VIVO).build());
        Assessment secondInBerlin = scenario.feed(login(ALICE, moved.plus(Duration.ofDays(1)))
                .geo(SignIns.BERLIN)
                .network(SignIns.VIVO)
                .build());
        for (int day = 2; day <= 100; day++) {
            scenario.feed(login(ALICE, moved.plus(Duration.ofDays(day)))
                    .geo(SignIns.BERLIN)
                    .network(SignIns.VIVO)
                    .build());
        }
        Baseline baseline = scenario.baseline(ALICE);

        assertThat(firstInBerlin.has(SignalType.NEW_COUNTRY)).isTrue();
        assertThat(secondInBerlin.has(SignalType.NEW_COUNTRY)).isFalse();
        assertThat(baseline.countries()).containsOnlyKeys("DE");
        assertThat(baseline.asns()).containsOnlyKeys(26599L);
        assertThat(baseline.places()).extracting(Place::label).containsExactly("Berlin, DE");
        Assessment backInSeattle = scenario.feed(login(ALICE, moved.plus(Duration.ofDays(101)))
                .geo(SignIns.SEATTLE)
                .build());
        assertThat(backInSeattle.has(SignalType.NEW_COUNTRY)).isTrue();
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfValuesAndEvictsTheRarest() {
        Baseline baseline = Baseline.empty(ALICE);
        for (int i = 0; i < 50; i++) {
            baseline.learn(login(ALICE, SignIns.T0.plus(Duration.ofHours(i))).build(), policy);
        }
        for (int device = 0; device < 40; device++) {
            baseline.learn(
                    login(ALICE, SignIns.T0.plus(Duration.ofHours(60 + device)))
                            .device(Device.of(null, "device-" + device))
                            .application("app-" + device)
                            .build(),
                    policy);
        }

        assertThat(baseline.devices()).hasSize(policy.maxValues()).containsKey("ua:Chrome/Windows");
        assertThat(baseline.applications()).hasSize(policy.maxValues()).containsKey("AWS Console");
        assertThat(baseline.devices()).containsKey("id:device-39");
    }

    @Test
    void keepsAFewRecentVisitsInTimeOrder() {
        Baseline baseline = Baseline.empty(ALICE);
        Instant at = SignIns.T0;
        baseline.learn(login(ALICE, at).build(), policy);
        baseline.learn(
                login(ALICE, at.plus(Duration.ofHours(1))).geo(SignIns.TACOMA).build(), policy);
        baseline.learn(
                login(ALICE, at.plus(Duration.ofHours(8))).geo(SignIns.NEW_YORK).build(), policy);
        baseline.learn(
                login(ALICE, at.plus(Duration.ofDays(2))).geo(SignIns.LONDON).build(), policy);
        baseline.learn(
                login(ALICE, at.plus(Duration.ofDays(5))).geo(SignIns.BERLIN).build(), policy);

        assertThat(baseline.visits())
                .extracting(Visit::label)
                .containsExactly("New York, US", "London, GB", "Berlin, DE");
        assertThat(baseline.visitAt(at.plus(Duration.ofDays(3))).label()).isEqualTo("London, GB");
        assertThat(baseline.visitAt(at.plus(Duration.ofHours(2)))).isNull();
    }

    @Test
    void aLateSignInExtendsTheVisitItBelongsTo() {
        Baseline baseline = Baseline.empty(ALICE);
        baseline.learn(login(ALICE, SignIns.T0).build(), policy);
        baseline.learn(
                login(ALICE, SignIns.T0.plus(Duration.ofHours(10)))
                        .geo(SignIns.NEW_YORK)
                        .build(),
                policy);

        baseline.learn(login(ALICE, SignIns.T0.plus(Duration.ofHours(2))).build(), policy);

        assertThat(baseline.visits()).hasSize(2);
        assertThat(baseline.visits().get(0).to()).isEqualTo(SignIns.T0.plus(Duration.ofHours(2)));
        assertThat(baseline.lastSeen()).isEqualTo(SignIns.T0.plus(Duration.ofHours(10)));
    }

    @Test
    void forgetsFailuresOlderThanTheFailureMemory() {
        Baseline baseline = Baseline.empty(ALICE);
        for (int i = 0; i < 5; i++) {
            baseline.learn(
                    SignIns.failure(ALICE, SignIns.T0.plus(Duration.ofMinutes(i)))
                            .build(),
                    policy);
        }

        baseline.learn(
                SignIns.failure(ALICE, SignIns.T0.plus(Duration.ofHours(3))).build(), policy);

        assertThat(baseline.failuresWithin(SignIns.T0.plus(Duration.ofHours(3)), Duration.ofDays(1)))
                .isEqualTo(1);
    }

    @Test
    void theHourHistogramHalvesAsItAges() {
        Baseline baseline = Baseline.empty(ALICE);
        for (int day = 0; day < 4; day++) {
            baseline.learn(
                    login(ALICE, SignIns.T0.plus(Duration.ofDays(day * 7L))).build(), policy);
        }
        int before = baseline.hours().count(HourHistogram.hourOfWeek(SignIns.T0));

        baseline.learn(login(ALICE, SignIns.T0.plus(Duration.ofDays(92))).build(), policy);

        assertThat(before).isEqualTo(4);
        assertThat(baseline.hours().count(HourHistogram.hourOfWeek(SignIns.T0))).isEqualTo(2);
    }

    @Test
    void theHourHistogramHalvesWhenItHoldsEnough() {
        Baseline baseline = Baseline.empty(ALICE);
        for (int i = 0; i < HourHistogram.MAX_TOTAL; i++) {
            baseline.learn(
                    login(ALICE, SignIns.T0.plus(Duration.ofMinutes(30L * i))).build(), policy);
        }
        int before = baseline.hours().total();

        baseline.learn(
                login(ALICE, SignIns.T0.plus(Duration.ofMinutes(30L * HourHistogram.MAX_TOTAL)))
                        .build(),
                policy);

        assertThat(before).isEqualTo(HourHistogram.MAX_TOTAL);
        assertThat(baseline.hours().total()).isEqualTo(HourHistogram.MAX_TOTAL / 2 + 1);
    }

    @Test
    void hourOfWeekStartsOnMondayMidnightUtc() {
        assertThat(HourHistogram.hourOfWeek(Instant.parse("2025-03-03T00:30:00Z")))
                .isZero();
        assertThat(HourHistogram.hourOfWeek(SignIns.T0)).isEqualTo(16);
        assertThat(HourHistogram.hourOfWeek(Instant.parse("2025-03-09T23:59:59Z")))
                .isEqualTo(167);
    }

    @Test
    void remembersASessionWithWhereAndOnWhatItWasFirstUsed() {
        Baseline baseline = Baseline.empty(ALICE);
        baseline.learn(login(ALICE, SignIns.T0).sessionId("s1").build(), policy);
        baseline.learn(
                login(ALICE, SignIns.T0.plus(Duration.ofMinutes(5)))
                        .sessionId("s1")
                        .geo(SignIns.LAGOS)
                        .build(),
                policy);

        KnownSession session = baseline.session("s1");

        assertThat(session.label()).isEqualTo("Seattle, US");
        assertThat(session.device()).isEqualTo("ua:Chrome/Windows");
        assertThat(session.at()).isEqualTo(SignIns.T0);
    }

    @Test
    void shortensLongRawUserAgentsInDeviceKeys() {
        String agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124";

        String key = Baseline.deviceKey(Device.of(agent, null));

        assertThat(key).hasSizeLessThanOrEqualTo(64).startsWith("raw:Mozilla/5.0");
        assertThat(Baseline.deviceKey(Device.of(agent, null))).isEqualTo(key);
        assertThat(Baseline.deviceKey(Device.of(agent + ".1", null))).isNotEqualTo(key);
    }
}
