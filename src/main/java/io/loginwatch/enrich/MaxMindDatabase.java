package io.loginwatch.enrich;

import com.maxmind.db.CHMCache;
import com.maxmind.db.ClosedDatabaseException;
import com.maxmind.db.Reader.FileMode;
import com.maxmind.geoip2.DatabaseReader;
import com.maxmind.geoip2.exception.GeoIp2Exception;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MaxMind-format database file, hot-swappable.
 *
 * <p>The file is read whole into memory ({@link FileMode#MEMORY}), so replacing or even overwriting it in place can
 * never disturb lookups in flight; the price is the file's size in heap (about 60 MB for GeoLite2 City). A reload
 * opens and checks the new file first and only then swaps the reference; a lookup that still raced onto the old,
 * now-closed reader retries on the new one, so events never fail because of a reload. A changed file that does not
 * open is reported and the old reader stays in use.
 *
 * <p>Answers are cached per address ({@value #CACHE_SIZE} addresses, already converted to what the caller keeps), in a
 * cache that belongs to the reader: a reload swaps reader and cache together, so no answer from an old file outlives
 * it.
 */
final class MaxMindDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MaxMindDatabase.class);

    /** What a database is read as, with the property that configures it and how to check it is of that type. */
    enum Kind {
        CITY("city", "loginwatch.enrich.geoip.city"),
        ASN("ASN", "loginwatch.enrich.geoip.asn"),
        ANONYMOUS_IP("anonymous-IP", "loginwatch.enrich.geoip.anonymous-ip");

        private final String label;
        private final String property;

        Kind(String label, String property) {
            this.label = label;
            this.property = property;
        }

        void probe(DatabaseReader reader, InetAddress address) throws IOException, GeoIp2Exception {
            switch (this) {
                case CITY -> reader.tryCity(address);
                case ASN -> reader.tryAsn(address);
                case ANONYMOUS_IP -> reader.tryAnonymousIp(address);
            }
        }
    }

    /** A lookup against one reader. */
    @FunctionalInterface
    interface Lookup<T> {
        Optional<T> apply(DatabaseReader reader, InetAddress address) throws IOException, GeoIp2Exception;
    }

    static final int CACHE_SIZE = 10_000;

    private static final Object NO_ANSWER = new Object();

    /** A reader and the answers it gave, swapped together. */
    private record State(DatabaseReader reader, BoundedCache<InetAddress, Object> answers) {
        State(DatabaseReader reader) {
            this(reader, new BoundedCache<>(CACHE_SIZE));
        }
    }

    private static final InetAddress PROBE = Objects.requireNonNull(IpAddresses.parse("1.1.1.1"));

    private final Kind kind;
    private final Path path;
    private volatile State state;
    private @Nullable FileStamp stamp;

    private MaxMindDatabase(Kind kind, Path path, DatabaseReader reader, @Nullable FileStamp stamp) {
        this.kind = kind;
        this.path = path;
        this.state = new State(reader);
        this.stamp = stamp;
    }

    /**
     * Opens and checks the database.
     *
     * @throws EnrichmentDataException naming the path when the file is missing, corrupt or of the wrong type
     */
    static MaxMindDatabase open(Kind kind, Path path) {
        FileStamp stamp = FileStamp.of(path);
        DatabaseReader reader = openReader(kind, path);
        log.info(
                "Opened GeoIP {} database {} ({}, built {})",
                kind.label,
                path,
                reader.getMetadata().getDatabaseType(),
                reader.getMetadata().getBuildDate().toInstant());
        return new MaxMindDatabase(kind, path, reader, stamp);
    }

    /**
     * Looks {@code address} up and converts the answer; {@code null} when the database has no entry or the lookup
     * fails (a failed lookup is logged, never thrown into the event pipeline).
     */
    @SuppressWarnings("unchecked")
    <R, T> @Nullable T lookup(InetAddress address, Lookup<R> lookup, Function<R, @Nullable T> convert) {
        for (int attempt = 0; ; attempt++) {
            State current = state;
            try {
                Object answer = current.answers().get(address, key -> {
                    try {
                        R response = lookup.apply(current.reader(), key).orElse(null);
                        T converted = response == null ? null : convert.apply(response);
                        return converted == null ? NO_ANSWER : converted;
                    } catch (IOException | GeoIp2Exception e) {
                        throw new LookupFailure(e);
                    }
                });
                return answer == NO_ANSWER ? null : (T) answer;
            } catch (LookupFailure e) {
                if (e.getCause() instanceof ClosedDatabaseException && attempt < 2) {
                    continue;
                }
                log.warn(
                        "GeoIP {} lookup of {} in {} failed: {}",
                        kind.label,
                        address.getHostAddress(),
                        path,
                        e.getCause().toString());
                return null;
            } catch (RuntimeException e) {
                log.warn(
                        "GeoIP {} lookup of {} in {} failed: {}",
                        kind.label,
                        address.getHostAddress(),
                        path,
                        e.toString());
                return null;
            }
        }
    }

    /** Carries a checked lookup failure out of the cache loader. */
    private static final class LookupFailure extends RuntimeException {
        LookupFailure(Exception cause) {
            super(cause);
        }
    }

    /** Re-opens the file when its modification time, size or identity changed; see the class comment. */
    synchronized ReloadReport reloadIfChanged() {
        FileStamp now = FileStamp.of(path);
        if (now == null ? stamp == null : now.equals(stamp)) {
            return ReloadReport.NOTHING;
        }
        stamp = now;
        DatabaseReader fresh;
        try {
            fresh = openReader(kind, path);
        } catch (EnrichmentDataException e) {
            log.error("Keeping the previous GeoIP {} database: {}", kind.label, e.getMessage());
            return ReloadReport.failed(path, e.getMessage());
        }
        DatabaseReader old = state.reader();
        state = new State(fresh);
        closeQuietly(old);
        log.info(
                "Reloaded GeoIP {} database {} ({}, built {})",
                kind.label,
                path,
                fresh.getMetadata().getDatabaseType(),
                fresh.getMetadata().getBuildDate().toInstant());
        return ReloadReport.reloaded(path);
    }

    @Override
    public synchronized void close() {
        closeQuietly(state.reader());
    }

    private static DatabaseReader openReader(Kind kind, Path path) {
        String what = "GeoIP " + kind.label + " database " + path + " (" + kind.property + ")";
        if (!Files.exists(path)) {
            throw new EnrichmentDataException(path, what + " does not exist");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new EnrichmentDataException(path, what + " is not a readable file");
        }
        DatabaseReader reader;
        try {
            reader = new DatabaseReader.Builder(path.toFile())
                    .fileMode(FileMode.MEMORY)
                    .withCache(new CHMCache())
                    .build();
        } catch (IOException | RuntimeException e) {
            throw new EnrichmentDataException(path, what + " is not a valid MaxMind DB file: " + e.getMessage(), e);
        }
        try {
            kind.probe(reader, PROBE);
        } catch (UnsupportedOperationException e) {
            closeQuietly(reader);
            throw new EnrichmentDataException(
                    path,
                    what + " is a " + reader.getMetadata().getDatabaseType() + " database, not a " + kind.label
                            + " database",
                    e);
        } catch (IOException | GeoIp2Exception | RuntimeException e) {
            closeQuietly(reader);
            throw new EnrichmentDataException(path, what + " is corrupt: " + e.getMessage(), e);
        }
        return reader;
    }

    private static void closeQuietly(DatabaseReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            log.debug("Closing a GeoIP reader failed", e);
        }
    }
}
