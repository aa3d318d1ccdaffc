package io.loginwatch.scenario;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One canonical sign-in record, exactly the JSON fields of {@code POST /api/v1/events/sign-ins}
 * ({@link io.loginwatch.source.canonical.CanonicalSignInParser}).
 */
public record SignInRecord(
        String eventId,
        Instant occurredAt,
        String user,
        String outcome,
        @Nullable String ip,
        @Nullable String userAgent,
        @Nullable String deviceId,
        @Nullable String country,
        @Nullable String city,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable Long asn,
        @Nullable String asOrg,
        @Nullable String application,
        @Nullable Boolean mfa,
        @Nullable String sessionId,
        @Nullable String accessPath,
        String kind,
        String principalType,
        @Nullable Boolean interactive,
        @Nullable String failureReason,
        @Nullable String protocol) {

    public boolean isSuccess() {
        return "SUCCESS".equals(outcome);
    }

    /** A successful record of a kind that opens a session (what baselines learn from). */
    public boolean opensSession() {
        return isSuccess()
                && ("LOGIN".equals(kind)
                        || "SSO".equals(kind)
                        || "ROLE_ASSUMPTION".equals(kind)
                        || "TOKEN".equals(kind));
    }

    /** The record as the canonical JSON object, absent values left out. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eventId", eventId);
        json.put("occurredAt", occurredAt.toString());
        json.put("user", user);
        json.put("outcome", outcome);
        put(json, "ip", ip);
        put(json, "userAgent", userAgent);
        put(json, "deviceId", deviceId);
        put(json, "country", country);
        put(json, "city", city);
        put(json, "latitude", latitude);
        put(json, "longitude", longitude);
        put(json, "asn", asn);
        put(json, "asOrg", asOrg);
        put(json, "application", application);
        put(json, "mfa", mfa);
        put(json, "sessionId", sessionId);
        put(json, "accessPath", accessPath);
        json.put("kind", kind);
        json.put("principalType", principalType);
        put(json, "interactive", interactive);
        put(json, "failureReason", failureReason);
        put(json, "protocol", protocol);
        return json;
    }

    private static void put(Map<String, Object> json, String field, @Nullable Object value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    static Builder builder() {
        return new Builder();
    }

    Builder toBuilder() {
        Builder b = new Builder();
        b.eventId = eventId;
        b.occurredAt = occurredAt;
        b.user = user;
        b.outcome = outcome;
        b.ip = ip;
        b.userAgent = userAgent;
        b.deviceId = deviceId;
        b.country = country;
        b.city = city;
        b.latitude = latitude;
        b.longitude = longitude;
        b.asn = asn;
        b.asOrg = asOrg;
        b.application = application;
        b.mfa = mfa;
        b.sessionId = sessionId;
        b.accessPath = accessPath;
        b.kind = kind;
        b.principalType = principalType;
        b.interactive = interactive;
        b.failureReason = failureReason;
        b.protocol = protocol;
        return b;
    }

    /** Fluent builder; the generator sets what it knows. */
    static final class Builder {
        private String eventId = "";
        private Instant occurredAt = Instant.EPOCH;
        private String user = "";
        private String outcome = "SUCCESS";
        private @Nullable String ip;
        private @Nullable String userAgent;
        private @Nullable String deviceId;
        private @Nullable String country;
        private @Nullable String city;
        private @Nullable Double latitude;
        private @Nullable Double longitude;
        private @Nullable Long asn;
        private @Nullable String asOrg;
        private @Nullable String application;
        private @Nullable Boolean mfa;
        private @Nullable String sessionId;
        private @Nullable String accessPath;
        private String kind = "LOGIN";
        private String principalType = "USER";
        private @Nullable Boolean interactive;
        private @Nullable String failureReason;
        private @Nullable String protocol;

        Builder eventId(String v) {
            eventId = v;
            return this;
        }

        Builder at(Instant v) {
            occurredAt = v;
            return this;
        }

        Builder user(String v) {
            user = v;
            return this;
        }

        Builder outcome(String v) {
            outcome = v;
            return this;
        }

        Builder failure(String reason) {
            outcome = "FAILURE";
            failureReason = reason;
            return this;
        }

        /** Where from: IP, its geolocation and network. */
        Builder from(Located where) {
            ip = where.ip();
            country = where.city().country();
            city = where.city().name();
            latitude = where.latitude();
            longitude = where.longitude();
            asn = where.network().asn();
            asOrg = where.network().asOrg();
            return this;
        }

        Builder device(@Nullable String agent, @Nullable String id) {
            userAgent = agent;
            deviceId = id;
            return this;
        }

        Builder application(@Nullable String v) {
            application = v;
            return this;
        }

        Builder mfa(@Nullable Boolean v) {
            mfa = v;
            return this;
        }

        Builder session(@Nullable String v) {
            sessionId = v;
            return this;
        }

        Builder accessPath(@Nullable String v) {
            accessPath = v;
            return this;
        }

        Builder kind(String v) {
            kind = v;
            return this;
        }

        Builder principalType(String v) {
            principalType = v;
            return this;
        }

        Builder interactive(@Nullable Boolean v) {
            interactive = v;
            return this;
        }

        Builder protocol(@Nullable String v) {
            protocol = v;
            return this;
        }

        SignInRecord build() {
            return new SignInRecord(
                    eventId,
                    occurredAt,
                    user,
                    outcome,
                    ip,
                    userAgent,
                    deviceId,
                    country,
                    city,
                    latitude,
                    longitude,
                    asn,
                    asOrg,
                    application,
                    mfa,
                    sessionId,
                    accessPath,
                    kind,
                    principalType,
                    interactive,
                    failureReason,
                    protocol);
        }
    }

    /** An IP address with where GeoIP puts it and the network it belongs to. */
    record Located(String ip, World.City city, double latitude, double longitude, World.Network network) {}
}
