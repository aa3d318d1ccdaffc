package io.loginwatch.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.SignIn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the engine believes is normal for one user. Mutable, owned by the engine while it scores that user's
 * sign-ins in order; persisted as JSON between runs.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Baseline {

    private String user = "";
    private @Nullable Instant firstSeen;
    private @Nullable Instant lastSeen;
    private int successCount;
    private Map<String, Instant> countries = new LinkedHashMap<>();
    private Map<String, Instant> devices = new LinkedHashMap<>();
    private List<Place> places = new ArrayList<>();
    private @Nullable Place lastPlace;

    Baseline() {}

    public static Baseline empty(String user) {
        Baseline baseline = new Baseline();
        baseline.user = user;
        return baseline;
    }

    /** Learns from one successful sign-in; failures teach nothing about normal behaviour. */
    public void learn(SignIn signIn) {
        if (!signIn.isSuccess()) {
            return;
        }
        Instant at = signIn.occurredAt();
        if (firstSeen == null || at.isBefore(firstSeen)) {
            firstSeen = at;
        }
        if (lastSeen == null || at.isAfter(lastSeen)) {
            lastSeen = at;
        }
        successCount++;
        Geo geo = signIn.geo();
        if (geo.country() != null) {
            countries.merge(geo.country(), at, Baseline::latest);
        }
        String device = signIn.device().fingerprint();
        if (device != null) {
            devices.merge(device, at, Baseline::latest);
        }
        if (geo.hasCoordinates()) {
            Place place = Place.of(geo, signIn.ip(), at);
            places.removeIf(known -> known.sameSpot(place));
            places.add(place);
            if (lastPlace == null || !at.isBefore(lastPlace.seenAt())) {
                lastPlace = place;
            }
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    public String user() {
        return user;
    }

    public @Nullable Instant firstSeen() {
        return firstSeen;
    }

    public @Nullable Instant lastSeen() {
        return lastSeen;
    }

    public int successCount() {
        return successCount;
    }

    public Map<String, Instant> countries() {
        return countries;
    }

    public Map<String, Instant> devices() {
        return devices;
    }

    public List<Place> places() {
        return places;
    }

    public @Nullable Place lastPlace() {
        return lastPlace;
    }

    /** A location the user signed in from. */
    public record Place(
            @Nullable String country,
            @Nullable String city,
            double latitude,
            double longitude,
            @Nullable Integer accuracyKm,
            boolean trusted,
            @Nullable String ip,
            Instant seenAt) {

        static Place of(Geo geo, @Nullable String ip, Instant at) {
            return new Place(
                    geo.country(),
                    geo.city(),
                    geo.latitude(),
                    geo.longitude(),
                    geo.accuracyKm(),
                    geo.trusted(),
                    ip,
                    at);
        }

        boolean sameSpot(Place other) {
            return Math.abs(latitude - other.latitude) < 0.01 && Math.abs(longitude - other.longitude) < 0.01;
        }
    }
}
