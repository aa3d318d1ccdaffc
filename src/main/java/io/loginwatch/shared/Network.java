package io.loginwatch.shared;

import org.jspecify.annotations.Nullable;

/**
 * The network an IP belongs to: autonomous system and anonymizer flags.
 *
 * @param source where the facts came from (SOURCE, GEOIP, NAMED_NETWORK or UNKNOWN)
 */
public record Network(
        @Nullable Long asn,
        @Nullable String asOrg,
        boolean tor,
        boolean vpn,
        boolean hosting,
        boolean proxy,
        GeoSource source) {

    public static final Network UNKNOWN = new Network(null, null, false, false, false, false, GeoSource.UNKNOWN);

    public static Network fromSource(@Nullable Long asn, @Nullable String asOrg) {
        return asn == null && asOrg == null
                ? UNKNOWN
                : new Network(asn, asOrg, false, false, false, false, GeoSource.SOURCE);
    }

    public boolean isAnonymizing() {
        return tor || vpn || hosting || proxy;
    }
}
