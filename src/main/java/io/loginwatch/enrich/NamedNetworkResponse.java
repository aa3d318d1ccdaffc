package io.loginwatch.enrich;

import org.jspecify.annotations.Nullable;

/**
 * A named network in force.
 *
 * @param id the API-managed entry's id; null for entries from the configured file
 * @param origin {@code api} or {@code file}
 */
record NamedNetworkResponse(
        @Nullable Long id,
        String origin,
        String cidr,
        String name,
        @Nullable String city,
        @Nullable String country,
        @Nullable Double latitude,
        @Nullable Double longitude,
        boolean trusted) {

    static NamedNetworkResponse of(@Nullable Long id, String origin, NamedNetwork network) {
        return new NamedNetworkResponse(
                id,
                origin,
                network.cidr(),
                network.name(),
                network.city(),
                network.country(),
                network.latitude(),
                network.longitude(),
                network.trusted());
    }
}
