package io.loginwatch.detection.signals;

import io.loginwatch.baseline.Place;
import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Geo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NEW_LOCATION: a successful sign-in farther than {@code newLocationRadiusKm} from every known place of the user, after
 * subtracting both locations' accuracy radii. Only within a country the user already knows (or when the country is
 * unknown): a new country is NEW_COUNTRY's to report. Never from a trusted named network.
 */
final class NewLocationDetector implements Detector {

    private final int weight;
    private final double radiusKm;
    private final double unknownAccuracyKm;

    NewLocationDetector(DetectionProperties properties) {
        this.weight = properties.weights().newLocation();
        this.radiusKm = properties.newLocationRadiusKm();
        this.unknownAccuracyKm = properties.unknownAccuracyKm();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        Geo geo = o.signIn().geo();
        if (!o.novelty() || !geo.hasCoordinates() || geo.trusted()) {
            return;
        }
        if (geo.country() != null && !o.baseline().knowsCountry(geo.country())) {
            return;
        }
        List<Place> places = o.baseline().places();
        if (places.isEmpty()) {
            return;
        }
        double lat = geo.latitude();
        double lon = geo.longitude();
        double ownAccuracy = Accuracy.km(geo.accuracyKm(), unknownAccuracyKm);
        Place nearest = null;
        double nearestKm = Double.MAX_VALUE;
        for (int i = 0, n = places.size(); i < n; i++) {
            Place place = places.get(i);
            double km = place.distanceKm(lat, lon);
            if (km - ownAccuracy - Accuracy.km(place.accuracyKm(), unknownAccuracyKm) <= radiusKm) {
                return;
            }
            if (km < nearestKm) {
                nearest = place;
                nearestKm = km;
            }
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("seen", Accuracy.label(geo));
        evidence.put("nearestKnown", nearest.label());
        evidence.put("distanceKm", Math.round(nearestKm));
        evidence.put("radiusKm", Math.round(radiusKm));
        evidence.put("knownPlaces", places.size());
        String summary = "First sign-in near " + Accuracy.label(geo) + " for " + o.user()
                + "; the nearest known place is " + nearest.label() + ", " + Text.km(nearestKm) + " away.";
        sink.add(SignalType.NEW_LOCATION, weight, summary, evidence);
    }
}
