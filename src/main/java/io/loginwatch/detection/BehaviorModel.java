package io.loginwatch.detection;

import io.loginwatch.baseline.Baseline;
import io.loginwatch.baseline.OrgProfile;
import io.loginwatch.shared.Severity;
import io.loginwatch.shared.SignIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores a sign-in against its user's baseline. Pure: no I/O, no clock; the engine feeds sign-ins in order and
 * calls {@link #learn} after {@link #assess}.
 */
public final class BehaviorModel {

    private final DetectionProperties properties;

    public BehaviorModel(DetectionProperties properties) {
        this.properties = properties;
    }

    /** Judges the sign-in against the baseline as it is now (before learning from it). */
    public Assessment assess(SignIn signIn, Baseline baseline, OrgProfile org) {
        List<Signal> signals = new ArrayList<>();
        if (signIn.isSuccess() && signIn.kind().opensSession()) {
            if (!isLearning(signIn, baseline)) {
                newCountry(signIn, baseline, signals);
                newDevice(signIn, baseline, signals);
            }
            impossibleTravel(signIn, baseline, signals);
        }
        int score = Math.min(100, signals.stream().mapToInt(Signal::weight).sum());
        String explanation = signals.stream().map(Signal::summary).collect(Collectors.joining(" "));
        return new Assessment(signals, score, severity(score), explanation);
    }

    /** Folds the sign-in into the user's baseline and the organization profile (after {@link #assess}). */
    public void learn(SignIn signIn, Baseline baseline, OrgProfile org) {
        org.learn(signIn);
        if (signIn.kind().opensSession()) {
            baseline.learn(signIn);
        }
    }

    private boolean isLearning(SignIn signIn, Baseline baseline) {
        if (baseline.successCount() < properties.learningSignIns() || baseline.firstSeen() == null) {
            return true;
        }
        return Duration.between(baseline.firstSeen(), signIn.occurredAt()).compareTo(properties.learningPeriod()) < 0;
    }

    private void newCountry(SignIn signIn, Baseline baseline, List<Signal> signals) {
        String country = signIn.geo().country();
        if (country == null || signIn.geo().trusted() || baseline.countries().containsKey(country)) {
            return;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("seen", country);
        evidence.put("known", List.copyOf(baseline.countries().keySet()));
        signals.add(new Signal(
                SignalType.NEW_COUNTRY,
                40,
                "First sign-in from " + country + " for " + signIn.user().name() + " (known: "
                        + String.join(", ", baseline.countries().keySet()) + ").",
                evidence));
    }

    private void newDevice(SignIn signIn, Baseline baseline, List<Signal> signals) {
        String device = signIn.device().fingerprint();
        if (device == null || baseline.devices().containsKey(device)) {
            return;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("seen", device);
        evidence.put("knownCount", baseline.devices().size());
        signals.add(new Signal(SignalType.NEW_DEVICE, 15, "Sign-in from a device never seen for this user.", evidence));
    }

    private void impossibleTravel(SignIn signIn, Baseline baseline, List<Signal> signals) {
        Baseline.Place last = baseline.lastPlace();
        if (last == null || !signIn.geo().hasCoordinates() || signIn.geo().trusted() || last.trusted()) {
            return;
        }
        double km = Geodesy.distanceKm(
                last.latitude(),
                last.longitude(),
                signIn.geo().latitude(),
                signIn.geo().longitude());
        if (km < properties.travelMinDistanceKm()) {
            return;
        }
        double hours =
                Math.abs(Duration.between(last.seenAt(), signIn.occurredAt()).toSeconds()) / 3600.0;
        double speed = hours == 0 ? Double.POSITIVE_INFINITY : km / hours;
        if (speed <= properties.travelSpeedKmh()) {
            return;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("from", last.city() + ", " + last.country());
        evidence.put("to", signIn.geo().city() + ", " + signIn.geo().country());
        evidence.put("distanceKm", Math.round(km));
        evidence.put("minutes", Math.round(hours * 60));
        evidence.put("speedKmh", Double.isInfinite(speed) ? "infinite" : Math.round(speed));
        evidence.put("previousSignInAt", last.seenAt().toString());
        signals.add(new Signal(
                SignalType.IMPOSSIBLE_TRAVEL,
                50,
                String.format(
                        java.util.Locale.ROOT,
                        "Last seen in %s %d minutes earlier, %,d km away (%s km/h).",
                        evidence.get("from"),
                        Math.round(hours * 60),
                        Math.round(km),
                        evidence.get("speedKmh")),
                evidence));
    }

    static Severity severity(int score) {
        if (score >= 80) {
            return Severity.CRITICAL;
        }
        if (score >= 60) {
            return Severity.HIGH;
        }
        if (score >= 35) {
            return Severity.MEDIUM;
        }
        return Severity.LOW;
    }
}
