package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.SignInKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * MFA_FATIGUE: an MFA approval (a successful MFA record, or a successful sign-in that reports MFA) after at least
 * {@code mfaFatigueDenials} denied or unanswered MFA prompts (failed MFA records) within {@code mfaFatigueWindow}: the
 * user gave in to push bombing. The approval clears the denials, so one burst raises one signal.
 */
final class MfaFatigueDetector implements Detector {

    private final int weight;
    private final int threshold;
    private final Duration window;

    MfaFatigueDetector(DetectionProperties properties) {
        this.weight = properties.weights().mfaFatigue();
        this.threshold = properties.mfaFatigueDenials();
        this.window = properties.mfaFatigueWindow();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        boolean approval = o.signIn().isSuccess()
                && (o.signIn().kind() == SignInKind.MFA
                        || (o.sessionSuccess() && Boolean.TRUE.equals(o.signIn().mfa())));
        if (!approval) {
            return;
        }
        int denials = o.baseline().mfaFailuresWithin(o.at(), window);
        if (denials < threshold) {
            return;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("deniedOrUnanswered", denials);
        evidence.put("windowMinutes", window.toMinutes());
        evidence.put("threshold", threshold);
        if (o.signIn().ip() != null) {
            evidence.put("ip", o.signIn().ip());
        }
        String summary = "MFA approved for " + o.user() + " after " + denials + " denied or unanswered prompts within "
                + Text.minutes(window) + " (MFA fatigue).";
        sink.add(SignalType.MFA_FATIGUE, weight, summary, evidence);
    }
}
