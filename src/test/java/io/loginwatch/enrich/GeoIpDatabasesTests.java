package io.loginwatch.enrich;

import static io.loginwatch.enrich.TestDatabases.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loginwatch.shared.Geo;
import io.loginwatch.shared.GeoSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeoIpDatabasesTests {

    private static GeoIpDatabases databases;

    @BeforeAll
    static void open() {
        databases = TestDatabases.openAll();
    }

    @AfterAll
    static void close() {
        databases.close();
    }

    @Test
    void locatesIpv4AddressesWithCityRegionCoordinatesAndAccuracy() {
        Geo london = databases.city(ip("81.2.69.142"));
        assertThat(london)
                .isEqualTo(new Geo("GB", "England", "London", 51.5142, -0.0931, 10, GeoSource.GEOIP, null, false));

        Geo linkoping = databases.city(ip("89.160.20.112"));
        assertThat(linkoping.country()).isEqualTo("SE");
        assertThat(linkoping.city()).isEqualTo("Linköping");
        assertThat(linkoping.region()).isEqualTo("Östergötland County");

        Geo milton = databases.city(ip("216.160.83.56"));
        assertThat(milton.country()).isEqualTo("US");
        assertThat(milton.city()).isEqualTo("Milton");
        assertThat(milton.region()).isEqualTo("Washington");
        assertThat(milton.latitude()).isEqualTo(47.2513);
        assertThat(milton.longitude()).isEqualTo(-122.3149);
    }

    @Test
    void locatesIpv6Addresses() {
        Geo japan = databases.city(ip("2001:218::1"));
        assertThat(japan.country()).isEqualTo("JP");
        assertThat(japan.city()).isNull();
        assertThat(japan.latitude()).isEqualTo(35.68536);
        assertThat(japan.accuracyKm()).isEqualTo(100);
        assertThat(japan.source()).isEqualTo(GeoSource.GEOIP);

        Geo sanDiego = databases.city(ip("2001:480:10::1"));
        assertThat(sanDiego.country()).isEqualTo("US");
        assertThat(sanDiego.city()).isEqualTo("San Diego");
        assertThat(sanDiego.region()).isEqualTo("California");
    }

    @Test
    void answersNothingForAddressesNotInTheDatabase() {
        assertThat(databases.city(ip("8.8.8.8"))).isNull();
        assertThat(databases.asn(ip("81.2.69.142"))).isNull();
        assertThat(databases.anonymousIp(ip("89.160.20.112"))).isEqualTo(AnonymizerFlags.NONE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.0.0.1",
                "172.16.5.4",
                "192.168.0.1",
                "127.0.0.1",
                "169.254.1.1",
                "100.64.1.1",
                "224.0.0.1",
                "192.0.2.1",
                "198.51.100.1",
                "203.0.113.1",
                "::1",
                "fd00::1",
                "fe80::1",
                "ff02::1",
                "2001:db8::1",
                "::ffff:192.168.1.1"
            })
    void neverAsksTheDatabasesAboutSpecialPurposeAddresses(String address) {
        assertThat(databases.city(ip(address))).isNull();
        assertThat(databases.asn(ip(address))).isNull();
        assertThat(databases.anonymousIp(ip(address))).isEqualTo(AnonymizerFlags.NONE);
    }

    @Test
    void readsAutonomousSystemsForIpv4AndIpv6() {
        assertThat(databases.asn(ip("89.160.20.112"))).isEqualTo(new GeoIpDatabases.Asn(29518L, "Bredband2 AB"));
        assertThat(databases.asn(ip("1.128.0.1"))).isEqualTo(new GeoIpDatabases.Asn(1221L, "Telstra Pty Ltd"));
        assertThat(databases.asn(ip("216.160.83.56"))).isEqualTo(new GeoIpDatabases.Asn(209L, null));
        assertThat(databases.asn(ip("2001:2000::1")))
                .isEqualTo(new GeoIpDatabases.Asn(1299L, "TeliaSonera International Carrier"));
    }

    @Test
    void readsEveryAnonymizerFlagFromTheAnonymousIpDatabase() {
        assertThat(databases.anonymousIp(ip("81.2.69.1"))).isEqualTo(new AnonymizerFlags(true, true, true, true));
        assertThat(databases.anonymousIp(ip("1.124.213.1"))).isEqualTo(new AnonymizerFlags(true, true, false, false));
        assertThat(databases.anonymousIp(ip("71.160.223.45"))).isEqualTo(AnonymizerFlags.HOSTING);
        assertThat(databases.anonymousIp(ip("186.30.236.10"))).isEqualTo(AnonymizerFlags.PROXY);
        assertThat(databases.anonymousIp(ip("65.0.0.1"))).isEqualTo(AnonymizerFlags.TOR);
        assertThat(databases.anonymousIp(ip("1.2.0.1"))).isEqualTo(AnonymizerFlags.VPN);
    }

    @Test
    void readsResidentialProxiesAndIpv6FlagsAsProxy() {
        assertThat(databases.anonymousIp(ip("6.1.0.4"))).isEqualTo(AnonymizerFlags.PROXY);
        assertThat(databases.anonymousIp(ip("2001:480:3a::1"))).isEqualTo(AnonymizerFlags.PROXY);
    }

    @Test
    void withoutDatabasesAnswersNothing() {
        GeoIpDatabases none = GeoIpDatabases.none();

        assertThat(none.hasCity()).isFalse();
        assertThat(none.city(ip("81.2.69.142"))).isNull();
        assertThat(none.asn(ip("89.160.20.112"))).isNull();
        assertThat(none.anonymousIp(ip("81.2.69.1"))).isEqualTo(AnonymizerFlags.NONE);
        assertThat(none.reloadIfChanged()).isEqualTo(ReloadReport.NOTHING);
    }

    @Test
    void aMissingDatabaseIsAStartUpErrorNamingThePath(@TempDir Path dir) {
        Path missing = dir.resolve("GeoLite2-City.mmdb");

        assertThatThrownBy(() -> GeoIpDatabases.open(missing, null, null))
                .isInstanceOf(EnrichmentDataException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("loginwatch.enrich.geoip.city")
                .hasMessageContaining("does not exist")
                .extracting(e -> ((EnrichmentDataException) e).path())
                .isEqualTo(missing);
    }

    @Test
    void aCorruptDatabaseIsAStartUpErrorNamingThePath(@TempDir Path dir) throws IOException {
        Path corrupt = dir.resolve("GeoLite2-ASN.mmdb");
        Files.writeString(corrupt, "this is not a MaxMind database", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> GeoIpDatabases.open(null, corrupt, null))
                .isInstanceOf(EnrichmentDataException.class)
                .hasMessageContaining(corrupt.toString())
                .hasMessageContaining("loginwatch.enrich.geoip.asn")
                .hasMessageContaining("not a valid MaxMind DB file");
    }

    @Test
    void aTruncatedDatabaseIsAStartUpErrorNamingThePath(@TempDir Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(TestDatabases.city());
        Path truncated = dir.resolve("truncated.mmdb");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> GeoIpDatabases.open(truncated, null, null))
                .isInstanceOf(EnrichmentDataException.class)
                .hasMessageContaining(truncated.toString());
    }

    @Test
    void aDatabaseOfTheWrongTypeIsAStartUpErrorNamingThePathAndType() {
        Path asnFile = TestDatabases.asn();

        assertThatThrownBy(() -> GeoIpDatabases.open(asnFile, null, null))
                .isInstanceOf(EnrichmentDataException.class)
                .hasMessageContaining(asnFile.toString())
                .hasMessageContaining("GeoLite2-ASN")
                .hasMessageContaining("not a city database");
    }

    @Test
    void aMissingDatabaseAfterGoodOnesStillFailsStartUpNamingItsProperty(@TempDir Path dir) {
        Path missing = dir.resolve("anonymous.mmdb");

        assertThatThrownBy(() -> GeoIpDatabases.open(TestDatabases.city(), TestDatabases.asn(), missing))
                .isInstanceOf(EnrichmentDataException.class)
                .hasMessageContaining("loginwatch.enrich.geoip.anonymous-ip")
                .hasMessageContaining(missing.toString());
    }
}
