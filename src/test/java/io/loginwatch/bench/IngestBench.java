package io.loginwatch.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * HTTP ingest of gzip batches by concurrent clients, then a plain COPY of the very rows it stored into the same
 * (emptied) tables with the same indexes, by as many concurrent connections and in batches of the same size.
 */
final class IngestBench {

    record Result(
            String name,
            int records,
            int batches,
            long storedRows,
            double gzipKiBPerBatch,
            double httpRecordsPerSecond,
            double httpRowsPerSecond,
            double p50,
            double p95,
            double p99,
            double copyRowsPerSecond,
            double copyRowsPerSecondSingle) {

        double ratio() {
            return httpRowsPerSecond / copyRowsPerSecond;
        }
    }

    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\":(\\d+)");
    private static final List<String> TABLES = List.of("sign_in", "audit_event");

    private final BenchApp app;
    private final int clients;
    private final HttpClient http;

    IngestBench(BenchApp app, int clients) {
        this.app = app;
        this.clients = clients;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static byte[] gzip(String body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length() / 6);
        try (OutputStream out = new GZIPOutputStream(bytes, 64 * 1024)) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** NDJSON lines grouped into gzip bodies of {@code batchSize} lines. */
    static List<byte[]> ndjsonBatches(List<String> lines, int batchSize) {
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += batchSize) {
            bodies.add(gzip(String.join("\n", lines.subList(from, Math.min(lines.size(), from + batchSize))) + "\n"));
        }
        return bodies;
    }

    Result run(String name, String path, String contentType, List<byte[]> warmUp, List<byte[]> bodies, int records)
            throws Exception {
        app.truncateEvents();
        for (byte[] body : warmUp) {
            post(path, contentType, body);
        }
        app.truncateEvents();
        app.jdbc().execute("checkpoint");

        Stats latency = new Stats();
        ConcurrentLinkedQueue<byte[]> queue = new ConcurrentLinkedQueue<>(bodies);
        AtomicLong accepted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                byte[] body;
                while ((body = queue.poll()) != null) {
                    long t0 = System.nanoTime();
                    accepted.addAndGet(post(path, contentType, body));
                    latency.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double httpSeconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long stored = storedRows();
        if (stored != accepted.get()) {
            throw new IllegalStateException(name + ": " + accepted + " accepted but " + stored + " rows stored");
        }
        long gzipBytes = bodies.stream().mapToLong(b -> b.length).sum();

        Path dir = Files.createTempDirectory("loginwatch-bench-copy");
        try {
            List<Chunk> chunks = export(dir, bodies.isEmpty() ? 1 : (int) Math.max(1, stored / bodies.size()));
            double copyParallel = copy(chunks, clients, stored);
            double copySingle = copy(chunks, 1, stored);
            return new Result(
                    name,
                    records,
                    bodies.size(),
                    stored,
                    gzipBytes / 1024.0 / Math.max(1, bodies.size()),
                    records / httpSeconds,
                    stored / httpSeconds,
                    latency.percentileMs(50),
                    latency.percentileMs(95),
                    latency.percentileMs(99),
                    copyParallel,
                    copySingle);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
            app.truncateEvents();
        }
    }

    private int post(String path, String contentType, byte[] gzipBody) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", "Bearer " + BenchApp.INGEST_KEY)
                .header("Content-Type", contentType)
                .header("Content-Encoding", "gzip")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzipBody))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            Matcher m = ACCEPTED.matcher(response.body());
            if (!m.find()) {
                throw new IllegalStateException("No accepted count in " + response.body());
            }
            return Integer.parseInt(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long storedRows() {
        Long rows = app.jdbc()
                .queryForObject(
                        "select (select count(*) from sign_in) + (select count(*) from audit_event)", Long.class);
        return rows == null ? 0 : rows;
    }

    private record Chunk(String table, Path file) {}

    /** COPY TO text files of about {@code rowsPerChunk} rows each, per table. */
    private List<Chunk> export(Path dir, int rowsPerChunk) throws SQLException, IOException {
        List<Chunk> chunks = new ArrayList<>();
        try (Connection connection = app.dataSource().getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : TABLES) {
                Path all = dir.resolve(table + ".all");
                try (OutputStream out = Files.newOutputStream(all)) {
                    copy.copyOut("copy (select * from " + table + ") to stdout", out);
                }
                split(all, table, rowsPerChunk, chunks);
                Files.delete(all);
            }
        }
        return chunks;
    }

    private static void split(Path all, String table, int rowsPerChunk, List<Chunk> chunks) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(all), 1 << 16)) {
            OutputStream out = null;
            int rows = 0;
            int b;
            while ((b = in.read()) >= 0) {
                if (out == null) {
                    Path file = all.resolveSibling(table + "." + chunks.size());
                    chunks.add(new Chunk(table, file));
                    out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                }
                out.write(b);
                if (b == '\n' && ++rows == rowsPerChunk) {
                    out.close();
                    out = null;
                    rows = 0;
                }
            }
            if (out != null) {
                out.close();
            }
        }
    }

    /** Rows per second of COPYing every chunk into the emptied tables with {@code streams} connections. */
    private double copy(List<Chunk> chunks, int streams, long expectedRows) throws Exception {
        app.truncateEvents();
        app.jdbc().execute("checkpoint");
        ConcurrentLinkedQueue<Chunk> queue = new ConcurrentLinkedQueue<>(chunks);
        ExecutorService pool = Executors.newFixedThreadPool(streams);
        AtomicLong rows = new AtomicLong();
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int s = 0; s < streams; s++) {
            workers.add(pool.submit(() -> {
                try (Connection connection = app.dataSource().getConnection()) {
                    connection.setAutoCommit(true);
                    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                    Chunk chunk;
                    while ((chunk = queue.poll()) != null) {
                        try (InputStream in = Files.newInputStream(chunk.file())) {
                            rows.addAndGet(copy.copyIn("copy " + chunk.table() + " from stdin", in, 1 << 16));
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        if (rows.get() != expectedRows) {
            throw new IllegalStateException("COPY loaded " + rows + " rows, expected " + expectedRows);
        }
        return rows.get() / seconds;
    }
}
