package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.AccessPath;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NO_MFA: a successful sign-in that reports no MFA ({@code mfa == false}; unknown is not enough) by a user who
 * normally uses it (at least {@code mfaHabitMinSignIns} recent MFA successes making at least {@code mfaHabitMinShare}
 * of them), or over a legacy protocol (IMAP, POP, SMTP, basic auth: it cannot do MFA) the user does not normally use.
 */
final class NoMfaDetector implements Detector {

    private final int weight;
    private final int minSignIns;
    private final double minShare;

    NoMfaDetector(DetectionProperties properties) {
        this.weight = properties.weights().noMfa();
        this.minSignIns = properties.mfaHabitMinSignIns();
        this.minShare = properties.mfaHabitMinShare();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        if (!o.sessionSuccess()) {
            return;
        }
        int used = o.baseline().mfaUsed();
        int skipped = o.baseline().mfaSkipped();
        boolean mfaUser = used >= minSignIns && used >= minShare * (used + skipped);
        boolean skippedMfa = Boolean.FALSE.equals(o.signIn().mfa()) && mfaUser;
        boolean legacy = o.signIn().accessPath() == AccessPath.LEGACY_PROTOCOL
                && !o.baseline().knowsAccessPath(AccessPath.LEGACY_PROTOCOL);
        if (!skippedMfa && !legacy) {
            return;
        }
        String protocol = o.signIn().protocol();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("mfa", String.valueOf(o.signIn().mfa()));
        evidence.put("legacyProtocol", legacy);
        if (protocol != null) {
            evidence.put("protocol", protocol);
        }
        evidence.put("recentWithMfa", used);
        evidence.put("recentWithoutMfa", skipped);
        StringBuilder summary = new StringBuilder();
        if (skippedMfa) {
            summary.append("Signed in without MFA, although ")
                    .append(o.user())
                    .append(" used MFA on ")
                    .append(used)
                    .append(" of ")
                    .append(used + skipped)
                    .append(" recent sign-ins");
        } else {
            summary.append("Signed in without MFA");
        }
        if (legacy) {
            summary.append(" over a legacy protocol")
                    .append(protocol == null ? "" : " (" + protocol + ")")
                    .append(" that cannot do MFA and ")
                    .append(o.user())
                    .append(" does not normally use");
        }
        summary.append('.');
        sink.add(SignalType.NO_MFA, weight, summary.toString(), evidence);
    }
}
