package io.loginwatch.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.loginwatch.shared.Geo;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recent session id with where and on what device it was first used, for session-replay checks. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonPropertyOrder({"id", "at", "ip", "device", "place", "lat", "lon", "accuracyKm", "trusted"})
public final class KnownSession {

    private String id = "";
    private Instant at = Instant.EPOCH;
    private @Nullable String ip;
    private @Nullable String device;
    private @Nullable String place;
    private @Nullable Double lat;
    private @Nullable Double lon;
    private @Nullable Integer accuracyKm;
    private boolean trusted;

    KnownSession() {}

    static KnownSession of(String id, Instant at, @Nullable String ip, @Nullable String device, Geo geo) {
        KnownSession session = new KnownSession();
        session.id = id;
        session.at = at;
        session.ip = ip;
        session.device = device;
        session.place = geo.isKnown() ? Visit.label(geo.city(), geo.country()) : null;
        session.lat = geo.latitude();
        session.lon = geo.longitude();
        session.accuracyKm = geo.accuracyKm();
        session.trusted = geo.trusted();
        return session;
    }

    public String id() {
        return id;
    }

    /** When the session was first seen. */
    public Instant at() {
        return at;
    }

    public @Nullable String ip() {
        return ip;
    }

    /** Device key ({@link Baseline#deviceKey}) that first used the session. */
    public @Nullable String device() {
        return device;
    }

    public @Nullable Double latitude() {
        return lat;
    }

    public @Nullable Double longitude() {
        return lon;
    }

    public @Nullable Integer accuracyKm() {
        return accuracyKm;
    }

    public boolean trusted() {
        return trusted;
    }

    /** Where the session was first used ("Seattle, US"), or "an unknown place". */
    public String label() {
        return place == null ? "an unknown place" : place;
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
