package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DORMANT_ACCOUNT: the first successful sign-in after at least {@code dormantAfter} without one. Judged against the
 * latest success learned; a late event older than that is not a return from dormancy.
 */
final class DormantAccountDetector implements Detector {

    private final int weight;
    private final long afterSeconds;
    private final Duration after;

    DormantAccountDetector(DetectionProperties properties) {
        this.weight = properties.weights().dormantAccount();
        this.after = properties.dormantAfter();
        this.afterSeconds = after.getSeconds();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        Instant lastSeen = o.baseline().lastSeen();
        if (!o.sessionSuccess() || lastSeen == null) {
            return;
        }
        long silence = o.at().getEpochSecond() - lastSeen.getEpochSecond();
        if (silence < afterSeconds) {
            return;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("lastSeen", lastSeen.toString());
        evidence.put("silentDays", silence / 86_400);
        evidence.put("thresholdDays", after.toDays());
        String summary = "First sign-in of " + o.user() + " in " + Text.elapsed(silence) + " (previous on "
                + lastSeen.toString().substring(0, 10) + ").";
        sink.add(SignalType.DORMANT_ACCOUNT, weight, summary, evidence);
    }
}
