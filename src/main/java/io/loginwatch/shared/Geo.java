package io.loginwatch.shared;

import org.jspecify.annotations.Nullable;

/**
 * Where a sign-in came from, and who said so.
 *
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param networkName name of the operator-defined network the IP belongs to, if any
 * @param trusted whether that network is trusted (logins from it never count as travel)
 * @param accuracyKm radius of uncertainty, when known (GeoIP gives one)
 */
public record Geo(
        @Nullable String country,
        @Nullable String region,
        @Nullable String city,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable Integer accuracyKm,
        GeoSource source,
        @Nullable String networkName,
        boolean trusted) {

    public static final Geo UNKNOWN = new Geo(null, null, null, null, null, null, GeoSource.UNKNOWN, null, false);

    public static Geo fromSource(
            @Nullable String country,
            @Nullable String region,
            @Nullable String city,
            @Nullable Double lat,
            @Nullable Double lon) {
        if (country == null && city == null && lat == null) {
            return UNKNOWN;
        }
        return new Geo(country, region, city, lat, lon, null, GeoSource.SOURCE, null, false);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    public boolean isKnown() {
        return source != GeoSource.UNKNOWN;
    }
}
