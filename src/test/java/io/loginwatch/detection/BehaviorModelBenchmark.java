package io.loginwatch.detection;

import io.loginwatch.baseline.Baseline;
import io.loginwatch.baseline.OrgProfile;
import io.loginwatch.shared.SignIn;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Benchmark, not a test (no timing is asserted anywhere in the test suite): scoring speed of assess + learn on warm
 * baselines, in the thread's CPU time and in wall-clock time. The engine's budget is 50,000 sign-ins per second on two
 * cores including storage, so the model alone on one core must be far faster. Run it with
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.mainClass=io.loginwatch.detection.BehaviorModelBenchmark
 * -Dexec.classpathScope=test}.
 */
final class BehaviorModelBenchmark {

    private static final int USERS = 200;

    private BehaviorModelBenchmark() {}

    public static void main(String[] args) {
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
                "assess+learn on warm baselines: %,.0f sign-ins per CPU-second (%d sign-ins, %d users)%n",
                best, timed.size(), USERS);
    }

    private static double rate(Scenario scenario, List<SignIn> signIns) {
        BehaviorModel model = scenario.model();
        OrgProfile org = scenario.org();
        Baseline[] baselines = new Baseline[signIns.size()];
        for (int i = 0; i < baselines.length; i++) {
            baselines[i] = scenario.baseline(signIns.get(i).user().name());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int suspicious = 0;
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < baselines.length; i++) {
            SignIn signIn = signIns.get(i);
            if (model.assess(signIn, baselines[i], org).isSuspicious()) {
                suspicious++;
            }
            model.learn(signIn, baselines[i], org);
        }
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        long wallNanos = System.nanoTime() - wallStart;
        System.out.printf(
                "round: %,.0f/s CPU, %,.0f/s wall clock, %d suspicious%n",
                signIns.size() / (cpuNanos / 1e9), signIns.size() / (wallNanos / 1e9), suspicious);
        return signIns.size() / (cpuNanos / 1e9);
    }
}
