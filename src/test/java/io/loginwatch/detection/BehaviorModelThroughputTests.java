package io.loginwatch.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.baseline.Baseline;
import io.loginwatch.baseline.OrgProfile;
import io.loginwatch.shared.SignIn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scoring speed on warm baselines: the engine's budget is 50,000 sign-ins per second on two cores including storage,
 * so assess + learn alone on one core must be far faster. Prints the measured rate.
 */
class BehaviorModelThroughputTests {

    private static final int USERS = 200;

    @Test
    void scoresWellOverFiftyThousandSignInsPerSecondOnWarmBaselines() {
        Instant cut = SignIns.T0.plus(Duration.ofDays(60));
        List<SignIn> warm = new ArrayList<>();
        List<SignIn> timed = new ArrayList<>();
        for (int user = 0; user < USERS; user++) {
            for (SignIn signIn : Histories.officeWorker("user" + user + "@example.com", 120, user)) {
                (signIn.occurredAt().isBefore(cut) ? warm : timed).add(signIn);
            }
        }
        warm.sort(Comparator.comparing(SignIn::occurredAt));
        timed.sort(Comparator.comparing(SignIn::occurredAt));

        double best = 0;
        for (int round = 0; round < 4; round++) {
            Scenario scenario = new Scenario();
            scenario.feedAll(warm);
            best = Math.max(best, rate(scenario, timed));
        }

        System.out.printf(
                "assess+learn on warm baselines: %,.0f sign-ins/s (%d sign-ins, %d users)%n",
                best, timed.size(), USERS);
        assertThat(best).isGreaterThan(50_000);
    }

    private static double rate(Scenario scenario, List<SignIn> signIns) {
        BehaviorModel model = scenario.model();
        OrgProfile org = scenario.org();
        Baseline[] baselines = new Baseline[signIns.size()];
        for (int i = 0; i < baselines.length; i++) {
            baselines[i] = scenario.baseline(signIns.get(i).user().name());
        }
        int suspicious = 0;
        long start = System.nanoTime();
        for (int i = 0; i < baselines.length; i++) {
            SignIn signIn = signIns.get(i);
            if (model.assess(signIn, baselines[i], org).isSuspicious()) {
                suspicious++;
            }
            model.learn(signIn, baselines[i], org);
        }
        long nanos = System.nanoTime() - start;
        long assessStart = System.nanoTime();
        for (int i = 0; i < baselines.length; i++) {
            model.assess(signIns.get(i), baselines[i], org);
        }
        System.out.printf(
                "suspicious %d, assess-only %.0f/s%n",
                suspicious, signIns.size() / ((System.nanoTime() - assessStart) / 1e9));
        assertThat(suspicious).isLessThan(signIns.size());
        return signIns.size() / (nanos / 1e9);
    }
}
