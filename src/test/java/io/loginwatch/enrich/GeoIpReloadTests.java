package io.loginwatch.enrich;

import static io.loginwatch.enrich.TestDatabases.ip;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.shared.Geo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoIpReloadTests {

    @TempDir
    Path dir;

    /**
     * A newer build of the City test database in which the London network says "Camden": same format and size, new
     * answers (the test databases are small enough to patch; a real update changes many records).
     */
    private static byte[] cityBuildSayingCamden() throws IOException {
        byte[] bytes = Files.readAllBytes(TestDatabases.city());
        byte[] from = "London".getBytes(StandardCharsets.UTF_8);
        byte[] to = "Camden".getBytes(StandardCharsets.UTF_8);
        int replaced = 0;
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
                replaced++;
            }
        }
        assertThat(replaced).isPositive();
        return bytes;
    }

    /** Replaces {@code target} the way geoipupdate does: write a new file beside it, then rename it over. */
    private static void replace(Path target, byte[] contents, int generation) throws IOException {
        Path next = target.resolveSibling(target.getFileName() + ".new");
        Files.write(next, contents);
        Files.setLastModifiedTime(next, FileTime.fromMillis(1_700_000_000_000L + generation * 60_000L));
        Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void reloadsAReplacedDatabaseAndAnswersFromTheNewOne() throws IOException {
        Path city = dir.resolve("GeoLite2-City.mmdb");
        Files.copy(TestDatabases.city(), city);
        try (GeoIpDatabases databases = GeoIpDatabases.open(city, null, null)) {
            assertThat(databases.city(ip("81.2.69.142")).city()).isEqualTo("London");
            assertThat(databases.reloadIfChanged()).isEqualTo(ReloadReport.NOTHING);

            replace(city, cityBuildSayingCamden(), 1);
            ReloadReport report = databases.reloadIfChanged();

            assertThat(report.reloaded()).containsExactly(city);
            assertThat(report.failures()).isEmpty();
            Geo camden = databases.city(ip("81.2.69.142"));
            assertThat(camden.city()).isEqualTo("Camden");
            assertThat(camden.country()).isEqualTo("GB");
            assertThat(databases.city(ip("216.160.83.56")).city()).isEqualTo("Milton");
            assertThat(databases.reloadIfChanged()).isEqualTo(ReloadReport.NOTHING);
        }
    }

    @Test
    void reloadsADatabaseOverwrittenInPlace() throws IOException {
        Path city = dir.resolve("city.mmdb");
        Files.copy(TestDatabases.city(), city);
        try (GeoIpDatabases databases = GeoIpDatabases.open(city, null, null)) {
            Files.write(city, cityBuildSayingCamden());
            Files.setLastModifiedTime(city, FileTime.fromMillis(1_800_000_000_000L));

            assertThat(databases.reloadIfChanged().reloaded()).containsExactly(city);
            assertThat(databases.city(ip("81.2.69.142")).city()).isEqualTo("Camden");
        }
    }

    @Test
    void keepsTheDatabaseInUseWhenTheReplacementIsCorruptAndReportsIt() throws IOException {
        Path asn = dir.resolve("GeoLite2-ASN.mmdb");
        Files.copy(TestDatabases.asn(), asn);
        try (GeoIpDatabases databases = GeoIpDatabases.open(null, asn, null)) {
            replace(asn, "half-downloaded".getBytes(StandardCharsets.UTF_8), 1);

            ReloadReport report = databases.reloadIfChanged();

            assertThat(report.reloaded()).isEmpty();
            assertThat(report.failures()).singleElement().satisfies(failure -> {
                assertThat(failure.path()).isEqualTo(asn);
                assertThat(failure.message()).contains(asn.toString()).contains("not a valid MaxMind DB file");
            });
            assertThat(databases.asn(ip("89.160.20.112")).number()).isEqualTo(29518L);
            assertThat(databases.reloadIfChanged())
                    .as("the same bad file is reported once")
                    .isEqualTo(ReloadReport.NOTHING);

            replace(asn, Files.readAllBytes(TestDatabases.asn()), 2);
            assertThat(databases.reloadIfChanged().reloaded()).containsExactly(asn);
            assertThat(databases.asn(ip("89.160.20.112")).organization()).isEqualTo("Bredband2 AB");
        }
    }

    @Test
    void keepsTheDatabaseInUseWhenTheFileDisappearsAndReportsIt() throws IOException {
        Path anonymous = dir.resolve("GeoIP2-Anonymous-IP.mmdb");
        Files.copy(TestDatabases.anonymousIp(), anonymous);
        try (GeoIpDatabases databases = GeoIpDatabases.open(null, null, anonymous)) {
            Files.delete(anonymous);

            ReloadReport report = databases.reloadIfChanged();

            assertThat(report.failures())
                    .singleElement()
                    .satisfies(failure -> assertThat(failure.message())
                            .contains(anonymous.toString())
                            .contains("does not exist"));
            assertThat(databases.anonymousIp(ip("71.160.223.45"))).isEqualTo(AnonymizerFlags.HOSTING);
        }
    }

    @Test
    void lookupsRunningDuringReloadsNeverFail() throws Exception {
        Path city = dir.resolve("city.mmdb");
        Files.copy(TestDatabases.city(), city);
        byte[] original = Files.readAllBytes(city);
        byte[] camden = cityBuildSayingCamden();
        try (GeoIpDatabases databases = GeoIpDatabases.open(city, null, null)) {
            AtomicBoolean done = new AtomicBoolean();
            ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
            List<Throwable> errors = new ArrayList<>();
            Thread reader = new Thread(() -> {
                java.util.Random random = new java.util.Random(42);
                try {
                    while (!done.get()) {
                        Geo geo = databases.city(ip("81.2.69.142"));
                        answers.add(geo == null ? "none" : geo.city());
                        // Addresses that miss the answer cache, so lookups reach the readers being swapped.
                        databases.city(ip("81.2.69." + (144 + random.nextInt(64))));
                        databases.city(ip(random.nextInt(1, 223) + "." + random.nextInt(256) + "." + random.nextInt(256)
                                + "." + random.nextInt(256)));
                    }
                } catch (Throwable e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                }
            });
            reader.start();
            int reloads = 0;
            for (int generation = 1; generation <= 40; generation++) {
                replace(city, generation % 2 == 0 ? original : camden, generation);
                reloads += databases.reloadIfChanged().reloaded().size();
            }
            done.set(true);
            reader.join(10_000);

            assertThat(errors).isEmpty();
            assertThat(reloads).isEqualTo(40);
            assertThat(answers)
                    .isNotEmpty()
                    .allSatisfy(answer -> assertThat(answer).isIn("London", "Camden"));
            assertThat(databases.city(ip("81.2.69.142")).city()).isEqualTo("London");
        }
    }
}
