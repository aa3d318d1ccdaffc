package io.loginwatch.bench;

import io.loginwatch.enrich.Enrichment;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ./mvnw -B -Pbenchmark verify}: one run, one table. Sizes are system properties ({@code -Dbench.*}, see the
 * {@code benchmark} profile in pom.xml and docs/performance.md).
 */
public final class Benchmark {

    private static final Set<String> ALL_PHASES = Set.of("enrichment", "ingest", "vendors", "engine", "findings");

    private final StringBuilder out = new StringBuilder();

    public static void main(String[] args) throws Exception {
        new Benchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Set<String> phases = Arrays.stream(System.getProperty("bench.phases", String.join(",", ALL_PHASES))
                        .split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        int batch = Integer.getInteger("bench.batch", 5000);
        int clients = Integer.getInteger("bench.clients", 4);
        int ingestEvents = Integer.getInteger("bench.ingest-events", 200_000);
        int vendorEvents = Integer.getInteger("bench.vendor-events", 100_000);
        int users = Integer.getInteger("bench.users", 20_000);
        List<Long> signIns = Arrays.stream(
                        System.getProperty("bench.signins", "100000,1000000").split(","))
                .map(String::trim)
                .map(Long::parseLong)
                .toList();
        int historyPerUser = Integer.getInteger("bench.history-per-user", 10);
        long secondBatch = Long.getLong("bench.second-batch", 50_000);
        long findings = Long.getLong("bench.findings", 1_000_000);
        int requests = Integer.getInteger("bench.requests", 200);

        long started = System.nanoTime();
        try (BenchApp app = BenchApp.start()) {
            app.requireEmpty();
            var runtime = ManagementFactory.getRuntimeMXBean();
            line("Loginwatch benchmark, %s", Instant.now());
            line(
                    "machine: %d cores (Runtime.availableProcessors), JVM %s, heap max %d MiB, JVM args %s",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / 1048576,
                    runtime.getInputArguments().stream()
                            .filter(a -> a.startsWith("-X"))
                            .toList());
            line("database: PostgreSQL %s, %s", app.postgresVersion(), app.database());
            line("load average at start: %s (the machine may be shared; see docs/performance.md)", loadAverage());
            line("");

            List<String> canonical =
                    CanonicalRecords.lines("bench", ingestEvents, users, Instant.parse("2026-10-01T00:00:00Z"), 1);
            Explain.reset();
            if (phases.contains("enrichment")) {
                var result = EnrichmentBench.run(app.bean(Enrichment.class), canonical);
                line(
                        "f. Enrichment.enrich per sign-in (%,d canonical records, test GeoIP/ASN/anonymous-IP databases)",
                        result.records());
                line(
                        "   first pass (cold caches) %.2f µs, warm average %.2f µs   target <= 10 µs: %s",
                        result.firstPassMicros(), result.warmMicros(), verdict(result.warmMicros() <= 10));
                line("");
            }

            List<IngestBench.Result> ingest = new ArrayList<>();
            IngestBench bench = new IngestBench(app, clients);
            if (phases.contains("ingest") || phases.contains("vendors")) {
                line(
                        "a/b. HTTP ingest, gzip batches of %,d records, %d concurrent clients, vs plain COPY of the same"
                                + " rows into the same tables (%d connections; 1 connection in brackets)",
                        batch, clients, clients);
                line(
                        "   %-18s %9s %9s %10s %10s %8s %8s %8s %19s %6s",
                        "format",
                        "records",
                        "rows",
                        "records/s",
                        "rows/s",
                        "p50 ms",
                        "p95 ms",
                        "p99 ms",
                        "COPY rows/s",
                        "ratio");
            }
            if (phases.contains("ingest")) {
                List<byte[]> bodies = IngestBench.ndjsonBatches(canonical, batch);
                List<byte[]> warmUp = IngestBench.ndjsonBatches(
                        CanonicalRecords.lines("warm", batch * 4, users, Instant.parse("2026-09-01T00:00:00Z"), 2),
                        batch);
                canonical = null;
                ingest.add(bench.run(
                        "canonical NDJSON",
                        "/api/v1/events/sign-ins",
                        "application/x-ndjson",
                        warmUp,
                        bodies,
                        ingestEvents));
                ingestRow(ingest.get(ingest.size() - 1));
            }
            canonical = null;
            if (phases.contains("vendors")) {
                for (VendorRecords vendor : VendorRecords.values()) {
                    List<byte[]> bodies = vendor.bodies(
                            vendorEvents, batch, users, Instant.parse("2026-10-01T00:00:00Z"), 11, IngestBench::gzip);
                    List<byte[]> warmUp = vendor.bodies(
                            batch * 4, batch, users, Instant.parse("2026-09-01T00:00:00Z"), 12, IngestBench::gzip);
                    ingest.add(bench.run(
                            vendor.source(),
                            "/api/v1/sources/" + vendor.source() + "/events",
                            "application/json",
                            warmUp,
                            bodies,
                            vendorEvents));
                    ingestRow(ingest.get(ingest.size() - 1));
                }
            }
            if (!ingest.isEmpty()) {
                line(
                        "   (gzip KiB per batch: %s; target ratio >= 0.5)",
                        ingest.stream()
                                .map(r -> String.format(Locale.ROOT, "%s %.0f", r.name(), r.gzipKiBPerBatch()))
                                .collect(Collectors.joining(", ")));
                line("");
            }

            if (phases.contains("engine")) {
                EngineBench engine = new EngineBench(app);
                List<EngineBench.Result> results = new ArrayList<>();
                for (long stored : signIns) {
                    results.add(engine.run(stored, historyPerUser, secondBatch));
                }
                line("c/e. Engine on warm baselines: history stored and scored once, then a second batch of new"
                        + " sign-ins for the same users timed");
                line(
                        "   %10s %8s %13s %9s %11s %9s %9s %10s %16s %13s",
                        "stored",
                        "users",
                        "1st pass/s",
                        "batch",
                        "scored/s",
                        "µs each",
                        "findings",
                        "baselines",
                        "baseline B text",
                        "heap used MiB");
                for (EngineBench.Result r : results) {
                    line(
                            "   %,10d %,8d %,13.0f %,9d %,11.0f %9.1f %,9d %,10d %8.0f (%4.0f) %7.0f / %4.0f %s",
                            r.stored(),
                            r.users(),
                            r.firstPassPerSecond(),
                            r.secondBatch(),
                            r.perSecond(),
                            r.microsPerSignIn(),
                            r.findings(),
                            r.baselines(),
                            r.baselineTextBytes(),
                            r.baselineColumnBytes(),
                            r.heapUsedMiB(),
                            r.heapMaxMiB(),
                            verdict(r.perSecond() >= 50_000));
                }
                if (results.size() >= 2) {
                    EngineBench.Result small = results.get(0);
                    EngineBench.Result large = results.get(results.size() - 1);
                    double growth = large.microsPerSignIn() / small.microsPerSignIn();
                    line(
                            "   cost per sign-in at %,d vs %,d stored: %.2fx (target <= 1.3x): %s",
                            large.stored(), small.stored(), growth, verdict(growth <= 1.3));
                }
                line("   (baseline B text = avg octet_length(baseline::text), in brackets avg pg_column_size; target"
                        + " <= 2048; targets: >= 50,000 scored/s, runs in -Xmx512m)");
                line("");
            }

            if (phases.contains("findings")) {
                FindingsBench findingsBench = new FindingsBench(app);
                int findingUsers = Integer.getInteger("bench.findings-users", 20_000);
                findingsBench.load(findings, findingUsers);
                findingsBench.explain(findingUsers);
                List<FindingsBench.Result> results = findingsBench.measure(findings, findingUsers, requests);
                line(
                        "d. GET /api/v1/findings over HTTP, %,d findings of %,d users, %d requests per query after 20"
                                + " warm-up, page size 50",
                        findings, findingUsers, requests);
                line("   %-34s %8s %8s %8s", "query", "p50 ms", "p99 ms", "rows");
                for (FindingsBench.Result r : results) {
                    line(
                            "   %-34s %8.1f %8.1f %8.1f %s",
                            r.query(), r.p50(), r.p99(), r.rowsPerPage(), verdict(r.p99() <= 50));
                }
                line("   (target p99 <= 50 ms)");
                line("");
            }
            line(
                    "total benchmark time %.0f s, load average at end: %s",
                    (System.nanoTime() - started) / 1e9, loadAverage());
        }
        Path report = Path.of("target", "benchmark-results.txt");
        try {
            Files.createDirectories(report.getParent());
            Files.writeString(report, out);
        } catch (IOException e) {
            System.err.println("Could not write " + report + ": " + e);
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2] + " (1, 5, 15 min)";
        } catch (IOException | RuntimeException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f (1 min)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private void ingestRow(IngestBench.Result r) {
        line(
                "   %-18s %,9d %,9d %,10.0f %,10.0f %8.0f %8.0f %8.0f %,9.0f (%,7.0f) %6.2f %s",
                r.name(),
                r.records(),
                r.storedRows(),
                r.httpRecordsPerSecond(),
                r.httpRowsPerSecond(),
                r.p50(),
                r.p95(),
                r.p99(),
                r.copyRowsPerSecond(),
                r.copyRowsPerSecondSingle(),
                r.ratio(),
                verdict(r.ratio() >= 0.5));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        out.append(text).append('\n');
        System.out.println(text);
        System.out.flush();
    }
}
