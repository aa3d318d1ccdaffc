package io.loginwatch.scenario;

/**
 * A network the scenario's operator would declare: a corporate VPN egress (a trusted named network) or an
 * anonymizer range (Tor exits, a VPN provider, a hosting provider).
 *
 * @param flag for anonymizer ranges: tor, vpn, hosting or proxy; empty for named networks
 */
public record DeclaredNetwork(
        String cidr,
        String name,
        String city,
        String country,
        double latitude,
        double longitude,
        boolean trusted,
        String flag) {}
