package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PASSWORD_SPRAY: a successful sign-in from a source IP that failed on at least {@code sprayMinUsers} distinct users
 * within {@code sprayWindow} before it (kept organization-wide in the {@link io.loginwatch.baseline.OrgProfile}), while
 * fewer than {@code sprayMaxSuccessRatio} times as many distinct users succeeded from it: a sprayer mostly fails, a
 * shared office or carrier NAT address that is not declared as a named network mostly succeeds. Never from a trusted
 * named network. The engine must feed the batch
 * in time order across users for the failures of other users to be known when the success is scored.
 */
final class PasswordSprayDetector implements Detector {

    private final int weight;
    private final int minUsers;
    private final Duration window;
    private final double maxSuccessRatio;

    PasswordSprayDetector(DetectionProperties properties) {
        this.weight = properties.weights().passwordSpray();
        this.minUsers = properties.sprayMinUsers();
        this.window = properties.sprayWindow();
        this.maxSuccessRatio = properties.sprayMaxSuccessRatio();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        String ip = o.signIn().ip();
        if (!o.sessionSuccess() || ip == null || o.signIn().geo().trusted()) {
            return;
        }
        int users = o.org().failingUsersFrom(ip, o.at(), window);
        if (users < minUsers) {
            return;
        }
        int succeeded = o.org().succeedingUsersFrom(ip, o.at(), window);
        if (succeeded >= users * maxSuccessRatio) {
            return;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("ip", ip);
        evidence.put("failingUsers", users);
        evidence.put("succeedingUsers", succeeded);
        evidence.put("windowMinutes", window.toMinutes());
        evidence.put("threshold", minUsers);
        String summary = "Succeeded from " + ip + ", which failed to sign in as " + users
                + " different users within the previous " + Text.minutes(window) + " (password spray).";
        sink.add(SignalType.PASSWORD_SPRAY, weight, summary, evidence);
    }
}
