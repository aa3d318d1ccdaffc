package io.loginwatch.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.loginwatch.shared.Geo;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A recent stay at one spot: consecutive successful sign-ins within {@link LearningPolicy#placeMergeKm()} of each
 * other, from the first to the last. Travel checks compare a sign-in with the visit that was under way or last ended
 * before it, so late events are judged against where the user was at their own time.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonPropertyOrder({"place", "lat", "lon", "accuracyKm", "trusted", "ip", "from", "to"})
public final class Visit {

    private Instant from = Instant.EPOCH;
    private Instant to = Instant.EPOCH;
    private String place = "";
    private double lat;
    private double lon;
    private @Nullable Integer accuracyKm;
    private boolean trusted;
    private @Nullable String ip;

    Visit() {}

    static Visit of(Geo geo, @Nullable String ip, Instant at) {
        Visit visit = new Visit();
        visit.from = at;
        visit.to = at;
        visit.place = label(geo.city(), geo.country());
        visit.lat = geo.latitude() == null ? 0 : geo.latitude();
        visit.lon = geo.longitude() == null ? 0 : geo.longitude();
        visit.accuracyKm = geo.accuracyKm();
        visit.trusted = geo.trusted();
        visit.ip = ip;
        return visit;
    }

    static String label(@Nullable String city, @Nullable String country) {
        if (city != null && country != null) {
            return city + ", " + country;
        }
        if (city != null) {
            return city;
        }
        return country != null ? country : "an unknown place";
    }

    /** First sign-in of the stay. */
    public Instant from() {
        return from;
    }

    /** Last sign-in of the stay. */
    public Instant to() {
        return to;
    }

    public double latitude() {
        return lat;
    }

    public double longitude() {
        return lon;
    }

    public @Nullable Integer accuracyKm() {
        return accuracyKm;
    }

    public boolean trusted() {
        return trusted;
    }

    public @Nullable String ip() {
        return ip;
    }

    /** "Seattle, US", or whatever part of it is known. */
    public String label() {
        return place;
    }

    boolean sameSpot(Geo geo, double mergeKm) {
        return geo.trusted() == trusted && Geodesy.distanceKm(lat, lon, geo.latitude(), geo.longitude()) <= mergeKm;
    }

    void extend(Instant at, @Nullable String newIp) {
        if (at.isAfter(to)) {
            to = at;
            if (newIp != null) {
                ip = newIp;
            }
        }
        if (at.isBefore(from)) {
            from = at;
        }
    }
}
