package io.loginwatch.enrich;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's named networks: an IPv4/IPv6 prefix matcher where the most specific network wins.
 *
 * <p>Two sets of entries are merged: those read from the optional operator file (CSV or YAML, see
 * {@link NamedNetworkFile}), re-read by {@link #reloadIfChanged()} when the file changes, and those given at run time
 * with {@link #replaceAll(List)} (for instance from a database table managed over the API). When both name the same
 * CIDR the run-time entry wins. Lookups read an immutable snapshot, so they never block and never see a half-built
 * table.
 */
public final class NamedNetworks {

    private static final Logger log = LoggerFactory.getLogger(NamedNetworks.class);

    private final @Nullable Path file;
    private final Object lock = new Object();
    private @Nullable FileStamp fileStamp;
    private List<NamedNetwork> fileEntries;
    private List<NamedNetwork> runtimeEntries = List.of();
    private volatile CidrTable<NamedNetwork> table;

    private NamedNetworks(@Nullable Path file, List<NamedNetwork> fileEntries, @Nullable FileStamp fileStamp) {
        this.file = file;
        this.fileEntries = fileEntries;
        this.fileStamp = fileStamp;
        this.table = build(fileEntries, runtimeEntries);
    }

    /** No file; entries only through {@link #replaceAll(List)}. */
    public static NamedNetworks empty() {
        return new NamedNetworks(null, List.of(), null);
    }

    /** Run-time entries only, as if given to {@link #replaceAll(List)}. */
    public static NamedNetworks of(List<NamedNetwork> networks) {
        NamedNetworks named = empty();
        named.replaceAll(networks);
        return named;
    }

    /**
     * Reads the operator file (CSV or YAML by extension) and watches it for changes.
     *
     * @throws EnrichmentDataException naming the file when it is missing or malformed
     */
    public static NamedNetworks load(Path file) {
        FileStamp stamp = FileStamp.of(file);
        List<NamedNetwork> entries = NamedNetworkFile.read(file);
        log.info("Loaded {} named networks from {}", entries.size(), file);
        return new NamedNetworks(file, entries, stamp);
    }

    /** The most specific named network containing {@code address}, or {@code null}. */
    public @Nullable NamedNetwork match(InetAddress address) {
        return table.longestMatch(address);
    }

    /** The most specific named network containing the IP literal, or {@code null} (also for a non-IP value). */
    public @Nullable NamedNetwork match(@Nullable String ip) {
        InetAddress address = IpAddresses.parse(ip);
        return address == null ? null : match(address);
    }

    /**
     * Replaces the run-time entries (the file's entries stay).
     *
     * @throws IllegalArgumentException when a CIDR is listed twice
     */
    public void replaceAll(List<NamedNetwork> networks) {
        List<NamedNetwork> copy = List.copyOf(networks);
        Set<String> seen = new HashSet<>();
        for (NamedNetwork network : copy) {
            if (!seen.add(network.cidr())) {
                throw new IllegalArgumentException("named network " + network.cidr() + " is listed twice");
            }
        }
        synchronized (lock) {
            runtimeEntries = copy;
            table = build(fileEntries, runtimeEntries);
        }
    }

    /** Every entry in force: the file's, then the run-time ones. */
    public List<NamedNetwork> all() {
        synchronized (lock) {
            List<NamedNetwork> all = new ArrayList<>(fileEntries);
            all.addAll(runtimeEntries);
            return List.copyOf(all);
        }
    }

    public int size() {
        return table.size();
    }

    /**
     * Re-reads the operator file when its modification time, size or identity changed. A file that no longer parses
     * (or has disappeared) is reported and the previous entries stay in force until a good version appears.
     */
    public ReloadReport reloadIfChanged() {
        Path watched = file;
        if (watched == null) {
            return ReloadReport.NOTHING;
        }
        synchronized (lock) {
            FileStamp now = FileStamp.of(watched);
            if (now != null && now.equals(fileStamp)) {
                return ReloadReport.NOTHING;
            }
            if (now == null && fileStamp == null) {
                return ReloadReport.NOTHING;
            }
            fileStamp = now;
            try {
                List<NamedNetwork> entries = NamedNetworkFile.read(watched);
                fileEntries = entries;
                table = build(fileEntries, runtimeEntries);
                log.info("Reloaded {} named networks from {}", entries.size(), watched);
                return ReloadReport.reloaded(watched);
            } catch (EnrichmentDataException e) {
                log.error("Keeping the previous named networks: {}", e.getMessage());
                return ReloadReport.failed(watched, e.getMessage());
            }
        }
    }

    private static CidrTable<NamedNetwork> build(List<NamedNetwork> fromFile, List<NamedNetwork> runtime) {
        CidrTable.Builder<NamedNetwork> builder = CidrTable.builder();
        for (NamedNetwork network : fromFile) {
            builder.put(network.network(), network, (first, second) -> second);
        }
        for (NamedNetwork network : runtime) {
            builder.put(network.network(), network, (first, second) -> second);
        }
        return builder.build();
    }
}
