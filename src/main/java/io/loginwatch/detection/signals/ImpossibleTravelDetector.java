package io.loginwatch.detection.signals;

import io.loginwatch.baseline.Geodesy;
import io.loginwatch.baseline.Visit;
import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Geo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * IMPOSSIBLE_TRAVEL: the user would have had to move faster than {@code travelSpeedKmh} between the place of their
 * previous successful sign-in and this one.
 *
 * <ul>
 *   <li>The distance is reduced by both locations' accuracy radii (GeoIP's {@code accuracyKm}, else {@code
 *       unknownAccuracyKm}); what remains must be at least {@code travelMinDistanceKm}.
 *   <li>Never when either side is a trusted named network (corporate VPN egress, offices).
 *   <li>Compared with the visit under way at, or last before, the sign-in's own time ({@link
 *       io.loginwatch.baseline.Baseline#visitAt}); a late event is never compared with a place seen after it. When it
 *       falls inside a visit (the user was there both before and after), the time available is the shorter of the two
 *       legs.
 * </ul>
 */
final class ImpossibleTravelDetector implements Detector {

    private final int weight;
    private final double speedKmh;
    private final double minDistanceKm;
    private final double unknownAccuracyKm;

    ImpossibleTravelDetector(DetectionProperties properties) {
        this.weight = properties.weights().impossibleTravel();
        this.speedKmh = properties.travelSpeedKmh();
        this.minDistanceKm = properties.travelMinDistanceKm();
        this.unknownAccuracyKm = properties.unknownAccuracyKm();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        Geo geo = o.signIn().geo();
        if (!o.sessionSuccess() || !geo.hasCoordinates() || geo.trusted()) {
            return;
        }
        Visit previous = o.baseline().visitAt(o.at());
        if (previous == null || previous.trusted()) {
            return;
        }
        double km = Geodesy.distanceKm(previous.latitude(), previous.longitude(), geo.latitude(), geo.longitude());
        double allowance = Accuracy.km(previous.accuracyKm(), unknownAccuracyKm)
                + Accuracy.km(geo.accuracyKm(), unknownAccuracyKm);
        double effectiveKm = km - allowance;
        if (effectiveKm < minDistanceKm) {
            return;
        }
        long at = o.at().getEpochSecond();
        long to = previous.to().getEpochSecond();
        boolean during = at < to;
        long seconds = during ? Math.min(at - previous.from().getEpochSecond(), to - at) : at - to;
        double speed = seconds <= 0 ? Double.POSITIVE_INFINITY : effectiveKm / (seconds / 3600.0);
        if (speed <= speedKmh) {
            return;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("from", previous.label());
        if (previous.ip() != null) {
            evidence.put("fromIp", previous.ip());
        }
        evidence.put("previousSignInAt", (during ? previous.from() : previous.to()).toString());
        evidence.put("to", Accuracy.label(geo));
        if (o.signIn().ip() != null) {
            evidence.put("toIp", o.signIn().ip());
        }
        evidence.put("distanceKm", Math.round(km));
        evidence.put("accuracyAllowanceKm", Math.round(allowance));
        evidence.put("minutes", Math.round(seconds / 60.0));
        if (Double.isInfinite(speed)) {
            evidence.put("simultaneous", true);
        } else {
            evidence.put("speedKmh", Math.round(speed));
        }
        evidence.put("maxSpeedKmh", Math.round(speedKmh));
        String when = seconds <= 0
                ? "at the same time"
                : during ? "within " + Text.elapsed(seconds) + " of this sign-in" : Text.elapsed(seconds) + " earlier";
        String summary = (during ? "Seen in " : "Last seen in ") + previous.label() + " " + when + ", " + Text.km(km)
                + " away" + (Double.isInfinite(speed) ? "." : " (" + Text.kmh(speed) + ").");
        sink.add(SignalType.IMPOSSIBLE_TRAVEL, weight, summary, evidence);
    }
}
