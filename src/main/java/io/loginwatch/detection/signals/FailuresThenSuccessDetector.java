package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FAILURES_THEN_SUCCESS: a successful sign-in preceded by at least {@code bruteForceFailures} failed ones (or lockouts)
 * of the same user within {@code bruteForceWindow}: a password guessed after several tries. MFA denials do not count
 * here (see MFA_FATIGUE). A success clears the failures, so one burst raises one signal.
 */
final class FailuresThenSuccessDetector implements Detector {

    private final int weight;
    private final int threshold;
    private final Duration window;

    FailuresThenSuccessDetector(DetectionProperties properties) {
        this.weight = properties.weights().failuresThenSuccess();
        this.threshold = properties.bruteForceFailures();
        this.window = properties.bruteForceWindow();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        if (!o.sessionSuccess()) {
            return;
        }
        int failures = o.baseline().failuresWithin(o.at(), window);
        if (failures < threshold) {
            return;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("failures", failures);
        evidence.put("windowMinutes", window.toMinutes());
        evidence.put("threshold", threshold);
        String summary = "Succeeded after " + failures + " failed sign-ins of " + o.user() + " within "
                + Text.minutes(window) + ".";
        sink.add(SignalType.FAILURES_THEN_SUCCESS, weight, summary, evidence);
    }
}
