package io.loginwatch.enrich;

import java.net.InetAddress;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/** The MaxMind test databases under {@code src/test/resources/geoip/}, and small helpers for the enrichment tests. */
final class TestDatabases {

    private TestDatabases() {}

    static Path city() {
        return resource("/geoip/GeoLite2-City-Test.mmdb");
    }

    static Path asn() {
        return resource("/geoip/GeoLite2-ASN-Test.mmdb");
    }

    static Path anonymousIp() {
        return resource("/geoip/GeoIP2-Anonymous-IP-Test.mmdb");
    }

    static GeoIpDatabases openAll() {
        return GeoIpDatabases.open(city(), asn(), anonymousIp());
    }

    static InetAddress ip(String literal) {
        return Objects.requireNonNull(IpAddresses.parse(literal), literal);
    }

    static Path resource(String name) {
        URL url = Objects.requireNonNull(TestDatabases.class.getResource(name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
