package io.loginwatch.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.loginwatch.shared.Geo;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A known location of the user: a cluster of sign-ins within {@link LearningPolicy#placeMergeKm()}. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "lat", "lon", "accuracyKm", "count", "last"})
public final class Place {

    private String name = "";
    private double lat;
    private double lon;
    private @Nullable Integer accuracyKm;
    private int count;
    private LocalDate last = LocalDate.EPOCH;

    Place() {}

    static Place of(Geo geo, LocalDate day) {
        Place place = new Place();
        place.name = Visit.label(geo.city(), geo.country());
        place.lat = geo.latitude() == null ? 0 : geo.latitude();
        place.lon = geo.longitude() == null ? 0 : geo.longitude();
        place.accuracyKm = geo.accuracyKm();
        place.count = 1;
        place.last = day;
        return place;
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

    public int count() {
        return count;
    }

    public LocalDate last() {
        return last;
    }

    /** "Seattle, US", or whatever part of it is known. */
    public String label() {
        return name;
    }

    public double distanceKm(double latitude, double longitude) {
        return Geodesy.distanceKm(lat, lon, latitude, longitude);
    }

    void touch(Geo geo, LocalDate day) {
        if (count < 1_000_000) {
            count++;
        }
        if (day.isAfter(last)) {
            last = day;
        }
        Integer accuracy = geo.accuracyKm();
        if (accuracy != null && (accuracyKm == null || accuracy < accuracyKm)) {
            accuracyKm = accuracy;
        }
    }

    double keepScore(LocalDate today) {
        long ageDays = Math.max(0, today.toEpochDay() - last.toEpochDay());
        return count / (1.0 + ageDays);
    }
}
