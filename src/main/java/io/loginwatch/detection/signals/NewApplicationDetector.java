package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import java.util.LinkedHashMap;
import java.util.Map;

/** NEW_APPLICATION: a successful sign-in to an application or cloud service the user's baseline does not hold. */
final class NewApplicationDetector implements Detector {

    private final int weight;

    NewApplicationDetector(DetectionProperties properties) {
        this.weight = properties.weights().newApplication();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        String application = o.signIn().application();
        if (!o.novelty() || application == null || application.isBlank()) {
            return;
        }
        if (o.baseline().applicationCount() == 0 || o.baseline().knowsApplication(application)) {
            return;
        }
        var known = o.baseline().applications();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("seen", application);
        evidence.put("known", NoveltyDetectors.top(known));
        String summary =
                "First use of " + application + " by " + o.user() + " (" + known.size() + " known applications).";
        sink.add(SignalType.NEW_APPLICATION, weight, summary, evidence);
    }
}
