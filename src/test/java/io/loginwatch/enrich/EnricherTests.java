package io.loginwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Device;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.GeoSource;
import io.loginwatch.shared.Network;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import io.loginwatch.shared.SignIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnricherTests {

    private static final String AWS_CLI =
            "aws-cli/2.15.0 Python/3.11.6 Linux/5.15.0-1051-aws exe/x86_64.ubuntu.22 prompt/off command/s3.ls";
    private static final String CHROME =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

    private static GeoIpDatabases databases;
    private static final UserAgentAnalyzer userAgents = new UserAgentAnalyzer();

    private final NamedNetworks namedNetworks = NamedNetworks.empty();
    private final Enricher enricher = new Enricher(databases, namedNetworks, AnonymizerLists.empty(), userAgents);

    @BeforeAll
    static void open() {
        databases = TestDatabases.openAll();
    }

    @AfterAll
    static void close() {
        databases.close();
    }

    private static SignIn.Builder signIn(@Nullable String ip) {
        return SignIn.builder()
                .source("aws-cloudtrail")
                .sourceEventId("evt-1")
                .occurredAt(Instant.parse("2025-03-01T10:00:00Z"))
                .user(Principal.of("alice@example.com"))
                .outcome(Outcome.SUCCESS)
                .ip(ip);
    }

    private static Geo sourceGeo() {
        return Geo.fromSource("FR", "Île-de-France", "Paris", 48.8566, 2.3522);
    }

    // --- location precedence: named network > source > GeoIP > unknown

    @Test
    void aCloudTrailSignInWithOnlyAnIpGetsLocationAsnAndClientFromTheDatabases() {
        SignIn enriched = enricher.enrich(
                signIn("89.160.20.112").device(Device.of(AWS_CLI, null)).build());

        assertThat(enriched.geo().source()).isEqualTo(GeoSource.GEOIP);
        assertThat(enriched.geo().country()).isEqualTo("SE");
        assertThat(enriched.geo().city()).isEqualTo("Linköping");
        assertThat(enriched.geo().hasCoordinates()).isTrue();
        assertThat(enriched.geo().accuracyKm()).isEqualTo(76);
        assertThat(enriched.network())
                .isEqualTo(new Network(29518L, "Bredband2 AB", false, false, false, false, GeoSource.GEOIP));
        assertThat(enriched.device()).isEqualTo(new Device(AWS_CLI, null, "Linux", "aws-cli", "cli", null));
        assertThat(enriched.accessPath()).isEqualTo(AccessPath.CLI_API);
    }

    @Test
    void theGeoIpDatabaseLocatesWhenTheSourceGaveNoLocation() {
        SignIn enriched = enricher.enrich(signIn("81.2.69.142").build());

        assertThat(enriched.geo())
                .isEqualTo(new Geo("GB", "England", "London", 51.5142, -0.0931, 10, GeoSource.GEOIP, null, false));
    }

    @Test
    void theSourcesLocationIsKeptOverTheGeoIpDatabase() {
        SignIn enriched = enricher.enrich(signIn("81.2.69.142").geo(sourceGeo()).build());

        assertThat(enriched.geo()).isEqualTo(sourceGeo());
        assertThat(enriched.geo().source()).isEqualTo(GeoSource.SOURCE);
    }

    @Test
    void aTrustedNamedNetworkOverridesSourceAndDatabaseAndClearsAnonymizerFlags() {
        namedNetworks.replaceAll(
                List.of(new NamedNetwork("81.2.69.0/24", "Reading office", "Reading", "GB", 51.4543, -0.9781, true)));

        SignIn enriched = enricher.enrich(signIn("81.2.69.142").geo(sourceGeo()).build());

        assertThat(enriched.geo())
                .isEqualTo(new Geo(
                        "GB",
                        null,
                        "Reading",
                        51.4543,
                        -0.9781,
                        null,
                        GeoSource.NAMED_NETWORK,
                        "Reading office",
                        true));
        assertThat(enriched.network())
                .as("the Anonymous IP database flags 81.2.69.0/24 as everything; the operator vouches for it")
                .isEqualTo(new Network(null, null, false, false, false, false, GeoSource.NAMED_NETWORK));
    }

    @Test
    void anUntrustedNamedNetworkSetsItsLocationButKeepsTheFlags() {
        namedNetworks.replaceAll(
                List.of(new NamedNetwork("81.2.69.0/24", "Guest Wi-Fi", "Reading", "GB", 51.4543, -0.9781, false)));

        SignIn enriched = enricher.enrich(signIn("81.2.69.142").build());

        assertThat(enriched.geo().source()).isEqualTo(GeoSource.NAMED_NETWORK);
        assertThat(enriched.geo().city()).isEqualTo("Reading");
        assertThat(enriched.geo().networkName()).isEqualTo("Guest Wi-Fi");
        assertThat(enriched.geo().trusted()).isFalse();
        assertThat(enriched.network()).isEqualTo(new Network(null, null, true, true, true, true, GeoSource.GEOIP));
    }

    @Test
    void aNamedNetworkWithoutALocationNamesTheNetworkAndKeepsTheLocationFromBelow() {
        namedNetworks.replaceAll(List.of(
                NamedNetwork.of("89.160.20.0/24", "Partner VPN"),
                new NamedNetwork("216.160.83.0/24", "Seattle egress", null, null, null, null, true)));

        SignIn fromDatabase = enricher.enrich(signIn("89.160.20.112").build());
        SignIn fromSource =
                enricher.enrich(signIn("89.160.20.113").geo(sourceGeo()).build());
        SignIn trusted = enricher.enrich(signIn("216.160.83.56").build());

        assertThat(fromDatabase.geo().source()).isEqualTo(GeoSource.GEOIP);
        assertThat(fromDatabase.geo().city()).isEqualTo("Linköping");
        assertThat(fromDatabase.geo().networkName()).isEqualTo("Partner VPN");
        assertThat(fromDatabase.geo().trusted()).isFalse();
        assertThat(fromSource.geo().source()).isEqualTo(GeoSource.SOURCE);
        assertThat(fromSource.geo().city()).isEqualTo("Paris");
        assertThat(fromSource.geo().networkName()).isEqualTo("Partner VPN");
        assertThat(trusted.geo().city()).isEqualTo("Milton");
        assertThat(trusted.geo().source()).isEqualTo(GeoSource.GEOIP);
        assertThat(trusted.geo().trusted()).isTrue();
        assertThat(trusted.network().source()).isEqualTo(GeoSource.NAMED_NETWORK);
        assertThat(trusted.network().asn()).isEqualTo(209L);
    }

    @Test
    void anAddressNoDatabaseKnowsStaysUnknown() {
        SignIn enriched = enricher.enrich(signIn("8.8.8.8").build());

        assertThat(enriched.geo()).isEqualTo(Geo.UNKNOWN);
        assertThat(enriched.network()).isEqualTo(Network.UNKNOWN);
    }

    @Test
    void aMissingOrNonIpAddressStaysUnknown() {
        assertThat(enricher.enrich(signIn(null).build()).geo()).isEqualTo(Geo.UNKNOWN);
        assertThat(enricher.enrich(signIn("AWS Internal").build()).network()).isEqualTo(Network.UNKNOWN);
    }

    @Test
    void privateAddressesAreNeverGeolocatedButNamedNetworksStillApply() {
        SignIn unnamed = enricher.enrich(signIn("10.1.2.3").build());
        assertThat(unnamed.geo()).isEqualTo(Geo.UNKNOWN);
        assertThat(unnamed.network()).isEqualTo(Network.UNKNOWN);
        assertThat(enricher.enrich(signIn("fd12:3456::1").build()).geo()).isEqualTo(Geo.UNKNOWN);
        assertThat(enricher.enrich(signIn("100.64.0.7").build()).geo()).isEqualTo(Geo.UNKNOWN);

        namedNetworks.replaceAll(
                List.of(new NamedNetwork("10.0.0.0/8", "HQ LAN", "Stockholm", "SE", 59.33, 18.07, true)));
        SignIn named = enricher.enrich(signIn("10.1.2.3").build());

        assertThat(named.geo().source()).isEqualTo(GeoSource.NAMED_NETWORK);
        assertThat(named.geo().city()).isEqualTo("Stockholm");
    }

    @Test
    void privateAddressesKeepTheSourcesLocation() {
        SignIn enriched =
                enricher.enrich(signIn("192.168.1.20").geo(sourceGeo()).build());

        assertThat(enriched.geo()).isEqualTo(sourceGeo());
    }

    @Test
    void ipv6AddressesAreLocatedAndFlagged() {
        SignIn japan = enricher.enrich(signIn("2001:218::1").build());
        SignIn telia = enricher.enrich(signIn("2001:2000::1").build());
        SignIn proxy = enricher.enrich(signIn("2001:480:3a::1").build());

        assertThat(japan.geo().country()).isEqualTo("JP");
        assertThat(japan.geo().source()).isEqualTo(GeoSource.GEOIP);
        assertThat(telia.network().asn()).isEqualTo(1299L);
        assertThat(telia.network().asOrg()).isEqualTo("TeliaSonera International Carrier");
        assertThat(proxy.network().proxy()).isTrue();
        assertThat(proxy.network().source()).isEqualTo(GeoSource.GEOIP);
    }

    @Test
    void reEnrichingGivesTheSameResult() {
        namedNetworks.replaceAll(List.of(NamedNetwork.of("89.160.20.0/24", "Partner VPN")));
        SignIn once = enricher.enrich(
                signIn("89.160.20.112").device(Device.of(CHROME, null)).build());

        assertThat(enricher.enrich(once)).isEqualTo(once);
    }

    // --- network: source ASN kept, flags added from the database and lists

    @Test
    void theSourcesAsnIsKeptAndDatabaseFlagsAreAdded() {
        SignIn enriched = enricher.enrich(signIn("1.124.213.1")
                .network(Network.fromSource(64500L, "Example Mobile"))
                .build());

        assertThat(enriched.network())
                .isEqualTo(new Network(64500L, "Example Mobile", true, true, false, false, GeoSource.SOURCE));
    }

    @Test
    void aSourceThatGaveOnlyFlagsGetsTheAsnFromTheDatabase() {
        Network proxyOnly = new Network(null, null, false, false, false, true, GeoSource.SOURCE);

        SignIn enriched =
                enricher.enrich(signIn("89.160.20.112").network(proxyOnly).build());

        assertThat(enriched.network())
                .isEqualTo(new Network(29518L, "Bredband2 AB", false, false, false, true, GeoSource.SOURCE));
    }

    @Test
    void anonymizerListsAreMergedWithTheAnonymousIpDatabase(@TempDir Path dir) throws IOException {
        Path hosting = Files.writeString(dir.resolve("hosting.txt"), "1.124.213.0/24\n");
        Path tor = Files.writeString(dir.resolve("tor-exits.txt"), "89.160.20.112\n");
        Enricher withLists =
                new Enricher(databases, namedNetworks, AnonymizerLists.load(List.of(hosting, tor)), userAgents);

        Network vpnTorAndHosting =
                withLists.enrich(signIn("1.124.213.1").build()).network();
        Network torFromList = withLists.enrich(signIn("89.160.20.112").build()).network();

        assertThat(vpnTorAndHosting).isEqualTo(new Network(null, null, true, true, true, false, GeoSource.GEOIP));
        assertThat(torFromList)
                .isEqualTo(new Network(29518L, "Bredband2 AB", true, false, false, false, GeoSource.GEOIP));
    }

    @Test
    void anonymizerListsFlagAddressesTheDatabasesDoNotKnow(@TempDir Path dir) throws IOException {
        Path list = Files.writeString(dir.resolve("list.txt"), "8.8.8.0/24,proxy\n10.9.0.0/16,vpn\n");
        Enricher withLists = new Enricher(databases, namedNetworks, AnonymizerLists.load(List.of(list)), userAgents);

        assertThat(withLists.enrich(signIn("8.8.8.8").build()).network())
                .isEqualTo(new Network(null, null, false, false, false, true, GeoSource.GEOIP));
        assertThat(withLists.enrich(signIn("10.9.1.1").build()).network().vpn())
                .as("operator lists apply to private addresses too")
                .isTrue();
    }

    // --- device and access path

    @Test
    void fillsTheDeviceFromTheUserAgentAndKeepsWhatTheSourceSaid() {
        Device fromSource = new Device(CHROME, "device-42", "Windows10", null, null, true);

        SignIn enriched =
                enricher.enrich(signIn("81.2.69.142").device(fromSource).build());

        assertThat(enriched.device())
                .isEqualTo(new Device(CHROME, "device-42", "Windows10", "Chrome", "desktop", true));
        assertThat(enriched.accessPath()).isEqualTo(AccessPath.CONSOLE);
    }

    @Test
    void theSourcesAccessPathIsKeptOverTheUserAgent() {
        SignIn enriched = enricher.enrich(signIn("81.2.69.142")
                .device(Device.of(AWS_CLI, null))
                .accessPath(AccessPath.NON_INTERACTIVE)
                .build());

        assertThat(enriched.accessPath()).isEqualTo(AccessPath.NON_INTERACTIVE);
        assertThat(enriched.device().browser()).isEqualTo("aws-cli");
    }

    @Test
    void aLegacyProtocolFromProtocolOrUserAgentWinsOverTheSource() {
        SignIn byProtocol = enricher.enrich(signIn("81.2.69.142")
                .protocol("IMAP4")
                .accessPath(AccessPath.NON_INTERACTIVE)
                .build());
        SignIn byAgent = enricher.enrich(signIn("81.2.69.142")
                .device(Device.of("BAV2ROPC", null))
                .accessPath(AccessPath.CONSOLE)
                .build());

        assertThat(byProtocol.accessPath()).isEqualTo(AccessPath.LEGACY_PROTOCOL);
        assertThat(byAgent.accessPath()).isEqualTo(AccessPath.LEGACY_PROTOCOL);
    }

    @Test
    void theProtocolGivesTheAccessPathWhenTheUserAgentDoesNot() {
        SignIn enriched = enricher.enrich(signIn("81.2.69.142")
                .protocol("Browser")
                .device(Device.of("SomeInhouseTool/0.3", null))
                .build());

        assertThat(enriched.accessPath()).isEqualTo(AccessPath.CONSOLE);
    }

    @Test
    void withoutAUserAgentOrProtocolTheAccessPathStaysUnknown() {
        assertThat(enricher.enrich(signIn("81.2.69.142").build()).accessPath()).isEqualTo(AccessPath.UNKNOWN);
    }

    // --- audit events

    @Test
    void auditEventsGetLocationAndNetworkByTheSamePrecedence() {
        AuditEvent event = AuditEvent.builder()
                .source("aws-cloudtrail")
                .sourceEventId("evt-2")
                .occurredAt(Instant.parse("2025-03-01T10:05:00Z"))
                .actor(Principal.of("alice@example.com"))
                .action("CreateAccessKey")
                .ip("216.160.83.56")
                .userAgent(AWS_CLI)
                .build();

        AuditEvent enriched = enricher.enrich(event);
        AuditEvent withSourceGeo = enricher.enrich(event.withGeo(sourceGeo()));

        assertThat(enriched.geo().city()).isEqualTo("Milton");
        assertThat(enriched.geo().source()).isEqualTo(GeoSource.GEOIP);
        assertThat(enriched.network().asn()).isEqualTo(209L);
        assertThat(enriched.action()).isEqualTo("CreateAccessKey");
        assertThat(withSourceGeo.geo()).isEqualTo(sourceGeo());
    }

    // --- reload

    @Test
    void reloadsEveryDataFileThroughTheEnricher(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("networks.csv"), "cidr,name\n89.160.20.0/24,Partner\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
        Enricher reloading = new Enricher(databases, NamedNetworks.load(file), AnonymizerLists.empty(), userAgents);
        assertThat(reloading.reloadIfChanged()).isEqualTo(ReloadReport.NOTHING);

        Files.writeString(
                file,
                "cidr,name,city,country,latitude,longitude,trusted\n89.160.20.0/24,Partner HQ,Lund,SE,55.7,13.2,true\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_060_000L));
        ReloadReport report = reloading.reloadIfChanged();

        assertThat(report.reloaded()).containsExactly(file);
        Geo geo = reloading.enrich(signIn("89.160.20.112").build()).geo();
        assertThat(geo.city()).isEqualTo("Lund");
        assertThat(geo.trusted()).isTrue();
    }
}
