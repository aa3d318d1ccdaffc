package io.loginwatch.detection.signals;

import io.loginwatch.baseline.Geodesy;
import io.loginwatch.baseline.KnownSession;
import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Geo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SESSION_REPLAY: a session id the user's baseline saw within {@code sessionWindow} is used again from a second
 * place at least {@code sessionReplayMinDistanceKm} away (after the accuracy allowance; never between trusted named
 * networks), or from a different device that is new for the user: a stolen session cookie or token.
 */
final class SessionReplayDetector implements Detector {

    private final int weight;
    private final double minDistanceKm;
    private final double unknownAccuracyKm;
    private final long windowSeconds;

    SessionReplayDetector(DetectionProperties properties) {
        this.weight = properties.weights().sessionReplay();
        this.minDistanceKm = properties.sessionReplayMinDistanceKm();
        this.unknownAccuracyKm = properties.unknownAccuracyKm();
        this.windowSeconds = properties.sessionWindow().getSeconds();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        String sessionId = o.signIn().sessionId();
        if (!o.sessionSuccess() || sessionId == null) {
            return;
        }
        KnownSession session = o.baseline().session(sessionId);
        if (session == null || Math.abs(o.at().getEpochSecond() - session.at().getEpochSecond()) > windowSeconds) {
            return;
        }
        Geo geo = o.signIn().geo();
        double km = -1;
        boolean distant = false;
        if (session.hasCoordinates() && geo.hasCoordinates() && !session.trusted() && !geo.trusted()) {
            km = Geodesy.distanceKm(session.latitude(), session.longitude(), geo.latitude(), geo.longitude());
            double allowance = Accuracy.km(session.accuracyKm(), unknownAccuracyKm)
                    + Accuracy.km(geo.accuracyKm(), unknownAccuracyKm);
            distant = km - allowance >= minDistanceKm;
        }
        String device = o.deviceKey();
        boolean newDevice = device != null
                && session.device() != null
                && !device.equals(session.device())
                && !o.baseline().knowsDevice(device);
        if (!distant && !newDevice) {
            return;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("sessionId", sessionId);
        evidence.put("firstUsedAt", session.at().toString());
        evidence.put("firstPlace", session.label());
        if (session.ip() != null) {
            evidence.put("firstIp", session.ip());
        }
        evidence.put("place", Accuracy.label(geo));
        if (o.signIn().ip() != null) {
            evidence.put("ip", o.signIn().ip());
        }
        if (km >= 0) {
            evidence.put("distanceKm", Math.round(km));
        }
        if (newDevice) {
            evidence.put("firstDevice", session.device());
            evidence.put("device", device);
        }
        long seconds = Math.abs(o.at().getEpochSecond() - session.at().getEpochSecond());
        StringBuilder summary = new StringBuilder("Session ")
                .append(shortId(sessionId))
                .append(", first used from ")
                .append(session.label())
                .append(' ')
                .append(Text.elapsed(seconds))
                .append(" earlier, is now used");
        if (distant) {
            summary.append(" from ")
                    .append(Accuracy.label(geo))
                    .append(", ")
                    .append(Text.km(km))
                    .append(" away");
        }
        if (newDevice) {
            summary.append(distant ? " and" : "")
                    .append(" from a new device (")
                    .append(device)
                    .append(')');
        }
        summary.append('.');
        sink.add(SignalType.SESSION_REPLAY, weight, summary.toString(), evidence);
    }

    private static String shortId(String id) {
        return id.length() <= 12 ? id : id.substring(0, 8) + "…";
    }
}
