package io.loginwatch.enrich;

import static io.loginwatch.enrich.TestDatabases.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loginwatch.shared.Geo;
import io.loginwatch.shared.GeoSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedNetworksTests {

    @TempDir
    Path dir;

    private Path write(String name, String contents) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, contents);
        return file;
    }

    private static void touch(Path file, int generation) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L + generation * 60_000L));
    }

    @Test
    void loadsACsvFileAndMatchesIpv4AndIpv6() throws IOException {
        Path file = write("networks.csv", """
                # offices and egress points
                cidr,name,city,country,latitude,longitude,trusted
                198.51.100.0/24,London office,London,gb,51.5072,-0.1276,true
                "2001:db8:100::/48","CI runners, Frankfurt",Frankfurt,DE,50.11,8.68,false

                10.0.0.0/8,Corporate LAN,,,,,yes
                """);

        NamedNetworks networks = NamedNetworks.load(file);

        assertThat(networks.size()).isEqualTo(3);
        assertThat(networks.match(ip("198.51.100.77")))
                .isEqualTo(
                        new NamedNetwork("198.51.100.0/24", "London office", "London", "GB", 51.5072, -0.1276, true));
        NamedNetwork runners = networks.match("2001:db8:100:7::1");
        assertThat(runners.name()).isEqualTo("CI runners, Frankfurt");
        assertThat(runners.trusted()).isFalse();
        assertThat(networks.match("10.9.8.7"))
                .isEqualTo(new NamedNetwork("10.0.0.0/8", "Corporate LAN", null, null, null, null, true));
        assertThat(networks.match("203.0.113.1")).isNull();
        assertThat(networks.match("not an ip")).isNull();
        assertThat(networks.match((String) null)).isNull();
    }

    @Test
    void acceptsCsvColumnsInAnyOrderWithOnlyCidrAndNameRequired() throws IOException {
        Path file = write("zones.csv", "name,cidr\nVPN egress,203.0.113.16/28\n");

        NamedNetworks networks = NamedNetworks.load(file);

        assertThat(networks.match("203.0.113.20")).isEqualTo(NamedNetwork.of("203.0.113.16/28", "VPN egress"));
    }

    @Test
    void loadsAYamlFileWithSeveralCidrsPerNetwork() throws IOException {
        Path file = write("networks.yaml", """
                networks:
                  - name: Corporate VPN egress
                    cidrs: [203.0.113.16/28, "2001:db8:200::/48"]
                    city: Frankfurt
                    country: DE
                    latitude: 50.11
                    longitude: 8.68
                    trusted: true
                  - name: Oslo office
                    cidr: 192.0.2.0/24
                    country: NO
                """);

        NamedNetworks networks = NamedNetworks.load(file);

        assertThat(networks.all()).hasSize(3);
        assertThat(networks.match("2001:db8:200::5"))
                .isEqualTo(new NamedNetwork(
                        "2001:db8:200::/48", "Corporate VPN egress", "Frankfurt", "DE", 50.11, 8.68, true));
        assertThat(networks.match("203.0.113.30").name()).isEqualTo("Corporate VPN egress");
        assertThat(networks.match("192.0.2.1").country()).isEqualTo("NO");
    }

    @Test
    void loadsAYamlListWithoutTheNetworksKey() throws IOException {
        Path file = write("networks.yml", "- {cidr: 10.1.0.0/16, name: Lab}\n");

        assertThat(NamedNetworks.load(file).match("10.1.2.3").name()).isEqualTo("Lab");
    }

    @Test
    void theMostSpecificNetworkWins() {
        NamedNetworks networks = NamedNetworks.of(List.of(
                NamedNetwork.of("10.0.0.0/8", "Corporate"),
                NamedNetwork.of("10.20.0.0/16", "Paris office"),
                NamedNetwork.of("10.20.5.0/24", "Paris lab"),
                NamedNetwork.of("2001:db8::/32", "Corporate v6"),
                NamedNetwork.of("2001:db8:5::/48", "Paris v6")));

        assertThat(networks.match("10.1.1.1").name()).isEqualTo("Corporate");
        assertThat(networks.match("10.20.1.1").name()).isEqualTo("Paris office");
        assertThat(networks.match("10.20.5.200").name()).isEqualTo("Paris lab");
        assertThat(networks.match("2001:db8:1::1").name()).isEqualTo("Corporate v6");
        assertThat(networks.match("2001:db8:5:1::1").name()).isEqualTo("Paris v6");
    }

    @Test
    void runtimeEntriesAreMergedWithTheFileAndWinOnTheSameCidr() throws IOException {
        Path file = write("networks.csv", "cidr,name\n10.0.0.0/8,Corporate\n10.20.0.0/16,Old name\n");
        NamedNetworks networks = NamedNetworks.load(file);

        networks.replaceAll(
                List.of(NamedNetwork.of("10.20.0.0/16", "Paris office"), NamedNetwork.of("172.16.0.0/12", "DC")));

        assertThat(networks.match("10.20.1.1").name()).isEqualTo("Paris office");
        assertThat(networks.match("10.1.1.1").name()).isEqualTo("Corporate");
        assertThat(networks.match("172.20.0.1").name()).isEqualTo("DC");

        networks.replaceAll(List.of());

        assertThat(networks.match("10.20.1.1").name()).isEqualTo("Old name");
        assertThat(networks.match("172.20.0.1")).isNull();
    }

    @Test
    void replaceAllRejectsTheSameCidrTwice() {
        NamedNetworks networks = NamedNetworks.empty();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> networks.replaceAll(
                        List.of(NamedNetwork.of("10.0.0.0/8", "A"), NamedNetwork.of("10.1.2.3/8", "B"))))
                .withMessageContaining("10.0.0.0/8");
    }

    @Test
    void reloadsTheFileWhenItChanges() throws IOException {
        Path file = write("networks.csv", "cidr,name\n10.0.0.0/8,Corporate\n");
        touch(file, 1);
        NamedNetworks networks = NamedNetworks.load(file);
        networks.replaceAll(List.of(NamedNetwork.of("192.168.0.0/16", "Home lab")));
        assertThat(networks.reloadIfChanged()).isEqualTo(ReloadReport.NOTHING);

        Files.writeString(file, "cidr,name,trusted\n10.0.0.0/8,Corporate,true\n10.20.0.0/16,Paris office,true\n");
        touch(file, 2);
        ReloadReport report = networks.reloadIfChanged();

        assertThat(report.reloaded()).containsExactly(file);
        assertThat(networks.match("10.20.0.1").name()).isEqualTo("Paris office");
        assertThat(networks.match("10.1.0.1").trusted()).isTrue();
        assertThat(networks.match("192.168.1.1").name())
                .as("runtime entries survive")
                .isEqualTo("Home lab");
    }

    @Test
    void keepsThePreviousEntriesWhenTheChangedFileIsBrokenAndReportsIt() throws IOException {
        Path file = write("networks.csv", "cidr,name\n10.0.0.0/8,Corporate\n");
        touch(file, 1);
        NamedNetworks networks = NamedNetworks.load(file);

        Files.writeString(file, "cidr,name\n10.0.0.0/8,Corporate\n10.300.0.0/16,Typo\n");
        touch(file, 2);
        ReloadReport report = networks.reloadIfChanged();

        assertThat(report.reloaded()).isEmpty();
        assertThat(report.failures())
                .singleElement()
                .satisfies(failure ->
                        assertThat(failure.message()).contains(file.toString()).contains("line 3"));
        assertThat(networks.match("10.1.1.1").name()).isEqualTo("Corporate");
    }

    @Test
    void aMissingFileIsAStartUpErrorNamingThePath() {
        Path missing = dir.resolve("named-networks.csv");

        assertThatThrownBy(() -> NamedNetworks.load(missing))
                .isInstanceOf(EnrichmentDataException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void malformedFilesAreErrorsNamingThePathAndLine() throws IOException {
        assertThatThrownBy(() -> NamedNetworks.load(write("a.csv", "cidr,name\n10.0.0.0/8,Corp\nnot-a-cidr,Bad\n")))
                .isInstanceOf(EnrichmentDataException.class)
                .hasMessageContaining("a.csv line 3")
                .hasMessageContaining("not-a-cidr");
        assertThatThrownBy(() -> NamedNetworks.load(write("b.csv", "cidr,name,colour\n")))
                .hasMessageContaining("b.csv line 1")
                .hasMessageContaining("unknown column 'colour'");
        assertThatThrownBy(() -> NamedNetworks.load(write("c.csv", "cidr,name,country\n10.0.0.0/8,Corp,France\n")))
                .hasMessageContaining("c.csv line 2")
                .hasMessageContaining("ISO 3166-1");
        assertThatThrownBy(() -> NamedNetworks.load(write("d.csv", "cidr,name,latitude\n10.0.0.0/8,Corp,51.5\n")))
                .hasMessageContaining("both latitude and longitude");
        assertThatThrownBy(() -> NamedNetworks.load(write("e.csv", "cidr,name\n10.0.0.0/8,A\n10.0.0.0/8,B\n")))
                .hasMessageContaining("e.csv")
                .hasMessageContaining("listed twice");
        assertThatThrownBy(
                        () -> NamedNetworks.load(write("f.yaml", "networks:\n  - cidr: 10.0.0.0/8\n    nmae: Corp\n")))
                .hasMessageContaining("f.yaml entry 1")
                .hasMessageContaining("unknown key 'nmae'");
        assertThatThrownBy(() -> NamedNetworks.load(write("g.yaml", "networks: [unclosed\n")))
                .hasMessageContaining("g.yaml is not valid YAML");
        assertThatThrownBy(() -> NamedNetworks.load(write("h.json", "[]")))
                .hasMessageContaining("must end in .csv, .yaml or .yml");
    }

    @Test
    void aNamedNetworkWithALocationBecomesANamedNetworkGeo() {
        NamedNetwork office = new NamedNetwork("198.51.100.0/24", "London office", "London", "GB", 51.5, -0.12, true);

        assertThat(office.hasLocation()).isTrue();
        assertThat(office.toGeo())
                .isEqualTo(new Geo(
                        "GB", null, "London", 51.5, -0.12, null, GeoSource.NAMED_NETWORK, "London office", true));
        assertThat(NamedNetwork.of("10.0.0.0/8", "LAN").hasLocation()).isFalse();
    }
}
