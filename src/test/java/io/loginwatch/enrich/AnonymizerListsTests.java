package io.loginwatch.enrich;

import static io.loginwatch.enrich.TestDatabases.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnonymizerListsTests {

    @TempDir
    Path dir;

    private Path write(String name, String contents) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, contents);
        return file;
    }

    @Test
    void readsEachFlagFromAList() throws IOException {
        Path list = write("anonymizers.txt", """
                # cidr,flag
                185.220.101.0/24,tor
                198.51.100.0/24,vpn   # a VPN provider
                203.0.113.0/24,hosting
                192.0.2.0/24,PROXY
                2001:db8:dead::/48,tor
                """);

        AnonymizerLists lists = AnonymizerLists.load(List.of(list));

        assertThat(lists.size()).isEqualTo(5);
        assertThat(lists.lookup(ip("185.220.101.7"))).isEqualTo(AnonymizerFlags.TOR);
        assertThat(lists.lookup(ip("198.51.100.7"))).isEqualTo(AnonymizerFlags.VPN);
        assertThat(lists.lookup(ip("203.0.113.7"))).isEqualTo(AnonymizerFlags.HOSTING);
        assertThat(lists.lookup(ip("192.0.2.7"))).isEqualTo(AnonymizerFlags.PROXY);
        assertThat(lists.lookup(ip("2001:db8:dead:1::1"))).isEqualTo(AnonymizerFlags.TOR);
        assertThat(lists.lookup(ip("8.8.8.8"))).isEqualTo(AnonymizerFlags.NONE);
    }

    @Test
    void linesWithoutAFlagTakeTheFlagNamedByTheFileName() throws IOException {
        Path torList = write("torbulkexitlist", "185.220.101.1\n185.220.101.2\n");
        Path vpnList = write("vpn-egress.csv", "198.51.100.0/24\n");

        AnonymizerLists lists = AnonymizerLists.load(List.of(torList, vpnList));

        assertThat(lists.lookup(ip("185.220.101.2"))).isEqualTo(AnonymizerFlags.TOR);
        assertThat(lists.lookup(ip("185.220.101.3"))).isEqualTo(AnonymizerFlags.NONE);
        assertThat(lists.lookup(ip("198.51.100.9"))).isEqualTo(AnonymizerFlags.VPN);
        assertThat(AnonymizerLists.flagFromName(Path.of("monitoring.txt"))).isNull();
        assertThat(AnonymizerLists.flagFromName(Path.of("/etc/x/hosting_ranges.txt")))
                .isEqualTo(AnonymizerFlags.HOSTING);
        assertThat(AnonymizerLists.flagFromName(Path.of("open-proxies.txt"))).isEqualTo(AnonymizerFlags.PROXY);
    }

    @Test
    void anIpInSeveralListedNetworksGetsEveryFlag() throws IOException {
        Path hosting = write("hosting.txt", "203.0.0.0/8\n");
        Path tor = write("tor.txt", "203.0.113.5\n203.0.113.5,proxy\n");

        AnonymizerLists lists = AnonymizerLists.load(List.of(hosting, tor));

        assertThat(lists.lookup(ip("203.0.113.5"))).isEqualTo(new AnonymizerFlags(true, false, true, true));
        assertThat(lists.lookup(ip("203.0.113.6"))).isEqualTo(AnonymizerFlags.HOSTING);
    }

    @Test
    void reloadsAChangedListAndKeepsTheOldEntriesWhenItBreaks() throws IOException {
        Path tor = write("tor-exits.txt", "185.220.101.1\n");
        Files.setLastModifiedTime(tor, FileTime.fromMillis(1_700_000_000_000L));
        AnonymizerLists lists = AnonymizerLists.load(List.of(tor));
        assertThat(lists.reloadIfChanged()).isEqualTo(ReloadReport.NOTHING);

        Files.writeString(tor, "185.220.101.1\n185.220.101.99\n");
        Files.setLastModifiedTime(tor, FileTime.fromMillis(1_700_000_060_000L));
        assertThat(lists.reloadIfChanged().reloaded()).containsExactly(tor);
        assertThat(lists.lookup(ip("185.220.101.99"))).isEqualTo(AnonymizerFlags.TOR);

        Files.writeString(tor, "185.220.101.1\n185.220.101.999\n");
        Files.setLastModifiedTime(tor, FileTime.fromMillis(1_700_000_120_000L));
        ReloadReport report = lists.reloadIfChanged();
        assertThat(report.failures())
                .singleElement()
                .satisfies(failure ->
                        assertThat(failure.message()).contains(tor.toString()).contains("line 2"));
        assertThat(lists.lookup(ip("185.220.101.99"))).isEqualTo(AnonymizerFlags.TOR);
    }

    @Test
    void malformedListsAreStartUpErrorsNamingThePathAndLine() throws IOException {
        Path missing = dir.resolve("tor.txt");
        assertThatThrownBy(() -> AnonymizerLists.load(List.of(missing)))
                .isInstanceOf(EnrichmentDataException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> AnonymizerLists.load(List.of(write("list.txt", "10.0.0.0/8,vpn\n1.2.3.4\n"))))
                .hasMessageContaining("list.txt line 2")
                .hasMessageContaining("no flag");
        assertThatThrownBy(() -> AnonymizerLists.load(List.of(write("other.txt", "1.2.3.4,relay\n"))))
                .hasMessageContaining("other.txt line 1")
                .hasMessageContaining("unknown flag 'relay'");
        assertThatThrownBy(() -> AnonymizerLists.load(List.of(write("more.txt", "1.2.3.4,tor,vpn\n"))))
                .hasMessageContaining("more.txt line 1");
    }

    @Test
    void noListsFlagNothing() {
        assertThat(AnonymizerLists.empty().lookup(ip("185.220.101.1"))).isEqualTo(AnonymizerFlags.NONE);
        assertThat(AnonymizerLists.empty().reloadIfChanged()).isEqualTo(ReloadReport.NOTHING);
    }
}
