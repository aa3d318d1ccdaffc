package io.loginwatch.enrich;

import io.loginwatch.shared.Geo;
import io.loginwatch.shared.GeoSource;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An operator-defined network (office, VPN egress, CI runners): the equivalent of an Entra named location or an Okta
 * network zone.
 *
 * @param cidr the network, normalized to canonical CIDR text ({@code 10.20.0.0/16}, {@code 2001:db8:1::/48}); a bare
 *     address is a host network
 * @param name what the operator calls it; shown on every event from it
 * @param city where it is, when known
 * @param country ISO 3166-1 alpha-2 code, upper-cased, when known
 * @param latitude degrees, with {@code longitude} or not at all
 * @param longitude degrees, with {@code latitude} or not at all
 * @param trusted logins from a trusted network carry its location, never count as travel and are never flagged as
 *     anonymizing
 */
public record NamedNetwork(
        String cidr,
        String name,
        @Nullable String city,
        @Nullable String country,
        @Nullable Double latitude,
        @Nullable Double longitude,
        boolean trusted) {

    public NamedNetwork {
        Objects.requireNonNull(cidr, "cidr");
        Objects.requireNonNull(name, "name");
        cidr = Cidr.parse(cidr).toString();
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("named network " + cidr + " has no name");
        }
        city = blankToNull(city);
        country = blankToNull(country);
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (country.length() != 2
                    || !Character.isLetter(country.charAt(0))
                    || !Character.isLetter(country.charAt(1))) {
                throw new IllegalArgumentException("named network " + cidr
                        + ": country must be an ISO 3166-1 alpha-2 code, got '" + country + "'");
            }
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException(
                    "named network " + cidr + ": give both latitude and longitude, or neither");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || latitude.isNaN())) {
            throw new IllegalArgumentException("named network " + cidr + ": latitude out of range: " + latitude);
        }
        if (longitude != null && (longitude < -180 || longitude > 180 || longitude.isNaN())) {
            throw new IllegalArgumentException("named network " + cidr + ": longitude out of range: " + longitude);
        }
    }

    /** An untrusted network with no location of its own: it only names the network on events. */
    public static NamedNetwork of(String cidr, String name) {
        return new NamedNetwork(cidr, name, null, null, null, null, false);
    }

    /** Whether the operator gave a location (a country or coordinates) that replaces any other. */
    public boolean hasLocation() {
        return country != null || latitude != null || city != null;
    }

    /** This network's location, as recorded on events from it. */
    public Geo toGeo() {
        return new Geo(country, null, city, latitude, longitude, null, GeoSource.NAMED_NETWORK, name, trusted);
    }

    Cidr network() {
        return Cidr.parse(cidr);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
