package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.AccessPath;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NEW_ACCESS_PATH: the first command-line / API sign-in of a user who uses the console, or the first console sign-in
 * of a user who uses the API. Other new paths (SSO, mobile app ...) are ordinary and not reported.
 */
final class NewAccessPathDetector implements Detector {

    private final int weight;

    NewAccessPathDetector(DetectionProperties properties) {
        this.weight = properties.weights().newAccessPath();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        if (!o.novelty()) {
            return;
        }
        AccessPath path = o.signIn().accessPath();
        AccessPath usual;
        if (path == AccessPath.CLI_API) {
            usual = AccessPath.CONSOLE;
        } else if (path == AccessPath.CONSOLE) {
            usual = AccessPath.CLI_API;
        } else {
            return;
        }
        if (o.baseline().knowsAccessPath(path) || !o.baseline().knowsAccessPath(usual)) {
            return;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("seen", path.name());
        evidence.put("known", NoveltyDetectors.top(o.baseline().accessPaths()));
        String summary = path == AccessPath.CLI_API
                ? "First command-line/API access by " + o.user() + ", who uses the console."
                : "First console sign-in by " + o.user() + ", who uses the API.";
        sink.add(SignalType.NEW_ACCESS_PATH, weight, summary, evidence);
    }
}
