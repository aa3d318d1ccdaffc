package io.loginwatch.shared;

import org.jspecify.annotations.Nullable;

/**
 * The client: raw user agent as sent, and what was learned from it or from the source.
 *
 * @param deviceId the source's device identifier (Entra deviceId, Okta device id ...)
 * @param deviceType desktop, mobile, tablet, server ...
 * @param managed whether the device is managed / compliant according to the source
 */
public record Device(
        @Nullable String userAgent,
        @Nullable String deviceId,
        @Nullable String os,
        @Nullable String browser,
        @Nullable String deviceType,
        @Nullable Boolean managed) {

    public static final Device UNKNOWN = new Device(null, null, null, null, null, null);

    public static Device of(@Nullable String userAgent, @Nullable String deviceId) {
        return new Device(userAgent, deviceId, null, null, null, null);
    }

    /** A stable key for "the same device": the source's device id, else browser and OS family, else the raw agent. */
    public @Nullable String fingerprint() {
        if (deviceId != null && !deviceId.isBlank()) {
            return "id:" + deviceId;
        }
        if (browser != null || os != null) {
            return "ua:" + browser + "/" + os;
        }
        return userAgent == null || userAgent.isBlank() ? null : "raw:" + userAgent;
    }
}
