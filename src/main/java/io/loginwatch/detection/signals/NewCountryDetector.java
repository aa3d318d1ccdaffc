package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Geo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NEW_COUNTRY: a successful sign-in from a country the user's baseline does not hold (never from a trusted named
 * network, never against an empty baseline). Scores {@code weights.newCountry}, multiplied by {@code orgCommonFactor}
 * when at least {@code orgCommonMinUsers} users of the organization have that country in their baselines.
 */
final class NewCountryDetector implements Detector {

    private final int weight;
    private final int orgCommonMinUsers;
    private final double orgCommonFactor;

    NewCountryDetector(DetectionProperties properties) {
        this.weight = properties.weights().newCountry();
        this.orgCommonMinUsers = properties.orgCommonMinUsers();
        this.orgCommonFactor = properties.orgCommonFactor();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        Geo geo = o.signIn().geo();
        String country = geo.country();
        if (!o.novelty() || country == null || geo.trusted()) {
            return;
        }
        if (o.baseline().countryCount() == 0 || o.baseline().knowsCountry(country)) {
            return;
        }
        var known = o.baseline().countries();
        int orgUsers = o.org().usersWithCountry(country);
        boolean common = orgUsers >= orgCommonMinUsers;
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("seen", country);
        evidence.put("city", geo.city() == null ? "" : geo.city());
        evidence.put("known", new ArrayList<>(known.keySet()));
        evidence.put("orgUsers", orgUsers);
        evidence.put("commonInOrganization", common);
        String summary = "First sign-in from " + country + " for " + o.user() + " (usual: "
                + String.join(", ", known.keySet()) + ")"
                + (common
                        ? "; " + orgUsers + " other users of the organization sign in from there."
                        : orgUsers == 0
                                ? "; no one in the organization signs in from there."
                                : "; rare in the organization (" + orgUsers + " users).");
        sink.add(
                SignalType.NEW_COUNTRY,
                common ? (int) Math.round(weight * orgCommonFactor) : weight,
                summary,
                evidence);
    }
}
