package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.PrincipalType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * ROOT_OR_BREAK_GLASS: a successful sign-in by a root principal (AWS account root) or by one of the configured
 * emergency accounts ({@code breakGlassAccounts}). These should almost never be used; every use deserves a look.
 */
final class RootOrBreakGlassDetector implements Detector {

    private final int weight;
    private final Set<String> breakGlass;

    RootOrBreakGlassDetector(DetectionProperties properties) {
        this.weight = properties.weights().rootOrBreakGlass();
        this.breakGlass = new HashSet<>(properties.breakGlassAccounts());
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        if (!o.sessionSuccess()) {
            return;
        }
        boolean root = o.signIn().user().type() == PrincipalType.ROOT;
        if (!root && !breakGlass.contains(o.user())) {
            return;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("principal", o.user());
        evidence.put("principalType", o.signIn().user().type().name());
        evidence.put("breakGlass", !root);
        if (o.signIn().ip() != null) {
            evidence.put("ip", o.signIn().ip());
        }
        String summary = root
                ? "Sign-in as the root user " + o.user() + "."
                : "Sign-in as the emergency (break-glass) account " + o.user() + ".";
        sink.add(SignalType.ROOT_OR_BREAK_GLASS, weight, summary, evidence);
    }
}
