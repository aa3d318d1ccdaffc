package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import io.loginwatch.detection.TestProperties;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The warm-up signs in on weekdays at 16:00 and 20:00 UTC (09:00 and 13:00 in Seattle). */
class UnusualHourDetectorTests {

    @Test
    void firesAtAnHourTheUserNeverSignsIn() {
        Scenario scenario = new Scenario();
        scenario.warmUp("alice@example.com");

        // Tuesday 11:10 UTC is 04:10 in Seattle
        Assessment assessment = scenario.feed(login("alice@example.com", Instant.parse("2025-03-25T11:10:00Z"))
                .build());

        assertThat(assessment.signal(SignalType.UNUSUAL_HOUR)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(10);
            assertThat(signal.evidence())
                    .containsEntry("hourUtc", 11)
                    .containsEntry("dayOfWeek", "Tuesday")
                    .containsEntry("histogramTotal", 30)
                    .containsEntry("busiestHourUtc", 16);
            assertThat(signal.summary())
                    .isEqualTo("Signed in at 11:10 UTC on Tuesday (about 03:10 local time); alice@example.com almost"
                            + " never signs in at that hour (0.0% of 30 recent sign-ins; usually around 08:00 local"
                            + " time).");
        });
    }

    @Test
    void staysSilentAtAUsualHourOnAnotherDay() {
        Scenario scenario = new Scenario();
        scenario.warmUp("alice@example.com");

        // Saturday 17:00 UTC: never on a Saturday, but the hour is the user's usual one
        Assessment assessment = scenario.feed(login("alice@example.com", Instant.parse("2025-03-29T17:00:00Z"))
                .build());

        assertThat(assessment.has(SignalType.UNUSUAL_HOUR)).isFalse();
    }

    @Test
    void staysSilentNextToAUsualHour() {
        Scenario scenario = new Scenario();
        scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", Instant.parse("2025-03-25T21:30:00Z"))
                .build());

        assertThat(assessment.has(SignalType.UNUSUAL_HOUR)).isFalse();
    }

    @Test
    void judgesATravellerInTheLocalTimeOfWhereTheyAre() {
        Scenario scenario = new Scenario();
        scenario.warmUp("alice@example.com");

        // Tuesday 08:30 UTC is 08:30 in London (solar zone 0), like 16:30 UTC at home in Seattle (solar zone -8)
        Assessment morningInLondon = scenario.peek(login("alice@example.com", Instant.parse("2025-03-25T08:30:00Z"))
                .geo(SignIns.LONDON)
                .build());
        Assessment sameInstantAtHome = scenario.peek(login("alice@example.com", Instant.parse("2025-03-25T08:30:00Z"))
                .build());

        assertThat(morningInLondon.has(SignalType.UNUSUAL_HOUR)).isFalse();
        assertThat(sameInstantAtHome.signal(SignalType.UNUSUAL_HOUR).evidence()).doesNotContainKey("localShiftHours");
    }

    @Test
    void needsEnoughHistoryToJudge() {
        Scenario scenario = new Scenario(TestProperties.with("unusual-hour-min-sign-ins", "50"));
        scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", Instant.parse("2025-03-25T11:10:00Z"))
                .build());

        assertThat(assessment.has(SignalType.UNUSUAL_HOUR)).isFalse();
    }
}
