package io.loginwatch.detection.signals;

import io.loginwatch.shared.Geo;
import org.jspecify.annotations.Nullable;

/** Location helpers shared by the distance-based detectors. */
final class Accuracy {

    private Accuracy() {}

    /** A stated accuracy radius, or the configured assumption when none is stated. */
    static double km(@Nullable Integer accuracyKm, double unknownKm) {
        return accuracyKm == null ? unknownKm : accuracyKm;
    }

    static String label(Geo geo) {
        if (geo.city() != null && geo.country() != null) {
            return geo.city() + ", " + geo.country();
        }
        if (geo.city() != null) {
            return geo.city();
        }
        if (geo.country() != null) {
            return geo.country();
        }
        return "an unnamed place";
    }
}
