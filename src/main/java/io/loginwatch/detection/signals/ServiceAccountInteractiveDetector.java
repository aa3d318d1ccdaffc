package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.PrincipalType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SERVICE_ACCOUNT_INTERACTIVE: a service account or service principal signing in interactively (the source says
 * {@code interactive}, or the access path is the console): someone is using a machine identity's credentials by hand.
 */
final class ServiceAccountInteractiveDetector implements Detector {

    private final int weight;

    ServiceAccountInteractiveDetector(DetectionProperties properties) {
        this.weight = properties.weights().serviceAccountInteractive();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        PrincipalType type = o.signIn().user().type();
        if (!o.sessionSuccess() || (type != PrincipalType.SERVICE_ACCOUNT && type != PrincipalType.SERVICE)) {
            return;
        }
        boolean interactive = Boolean.TRUE.equals(o.signIn().interactive());
        boolean console = o.signIn().accessPath() == AccessPath.CONSOLE;
        if (!interactive && !console) {
            return;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("principal", o.user());
        evidence.put("principalType", type.name());
        evidence.put("interactive", interactive);
        evidence.put("accessPath", o.signIn().accessPath().name());
        String summary =
                "Service account " + o.user() + " signed in interactively" + (console ? " to the console." : ".");
        sink.add(SignalType.SERVICE_ACCOUNT_INTERACTIVE, weight, summary, evidence);
    }
}
