package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.AccessPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewAccessPathDetectorTests {

    private final Scenario scenario = new Scenario();

    @Test
    void firesOnTheFirstApiUseOfAConsoleUser() {
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .accessPath(AccessPath.CLI_API)
                .build());

        assertThat(assessment.signal(SignalType.NEW_ACCESS_PATH)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(20);
            assertThat(signal.evidence()).containsEntry("seen", "CLI_API");
            assertThat(signal.summary()).contains("First command-line/API access");
        });
    }

    @Test
    void firesOnTheFirstConsoleUseOfAnApiUser() {
        Instant last = scenario.warmUpEvery("deployer@example.com", b -> b.accessPath(AccessPath.CLI_API));

        Assessment assessment = scenario.feed(login("deployer@example.com", last.plus(Duration.ofDays(1)))
                .accessPath(AccessPath.CONSOLE)
                .build());

        assertThat(assessment.signal(SignalType.NEW_ACCESS_PATH).summary()).contains("First console sign-in");
    }

    @Test
    void staysSilentForAUserWhoUsesBothPaths() {
        Instant last = scenario.warmUp("alice@example.com", b -> b.accessPath(AccessPath.CLI_API));

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .accessPath(AccessPath.CLI_API)
                .build());

        assertThat(assessment.has(SignalType.NEW_ACCESS_PATH)).isFalse();
    }

    @Test
    void staysSilentForOtherNewPaths() {
        Instant last = scenario.warmUp("alice@example.com");

        Assessment assessment = scenario.feed(login("alice@example.com", last.plus(Duration.ofDays(1)))
                .accessPath(AccessPath.MOBILE_APP)
                .build());

        assertThat(assessment.has(SignalType.NEW_ACCESS_PATH)).isFalse();
    }
}
