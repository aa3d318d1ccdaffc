package io.loginwatch.enrich;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operator-supplied anonymizer lists (a Tor exit list, a VPN provider's egress ranges, a hosting provider's ranges).
 *
 * <p>Each file has one network per line, {@code cidr[,flag]} with flag {@code tor}, {@code vpn}, {@code hosting} or
 * {@code proxy}; {@code #} starts a comment; blank lines are skipped. A line without a flag takes the flag named in the
 * file's name ({@code tor-exit-nodes.txt} → tor), so a published one-address-per-line Tor exit list can be used as it
 * is; a line with neither is an error. An IP in several listed networks gets every flag of every one of them.
 *
 * <p>{@link #reloadIfChanged()} re-reads the files that changed; a file that fails to parse is reported and its
 * previous entries stay in force.
 */
public final class AnonymizerLists {

    private static final Logger log = LoggerFactory.getLogger(AnonymizerLists.class);

    private record ListFile(Path path, @Nullable FileStamp stamp, Map<Cidr, AnonymizerFlags> entries) {}

    private final Object lock = new Object();
    private final List<ListFile> files;
    private volatile CidrTable<AnonymizerFlags> table;

    private AnonymizerLists(List<ListFile> files) {
        this.files = new ArrayList<>(files);
        this.table = build(this.files);
    }

    public static AnonymizerLists empty() {
        return new AnonymizerLists(List.of());
    }

    /**
     * Reads every list.
     *
     * @throws EnrichmentDataException naming the file (and line) that is missing or malformed
     */
    public static AnonymizerLists load(List<Path> paths) {
        List<ListFile> files = new ArrayList<>();
        for (Path path : paths) {
            FileStamp stamp = FileStamp.of(path);
            Map<Cidr, AnonymizerFlags> entries = read(path);
            log.info("Loaded {} anonymizer networks from {}", entries.size(), path);
            files.add(new ListFile(path, stamp, entries));
        }
        return new AnonymizerLists(files);
    }

    /** The flags of every listed network containing {@code address}; {@link AnonymizerFlags#NONE} if none. */
    public AnonymizerFlags lookup(InetAddress address) {
        CidrTable<AnonymizerFlags> current = table;
        if (current.isEmpty()) {
            return AnonymizerFlags.NONE;
        }
        AnonymizerFlags flags = current.combineMatches(address, AnonymizerFlags::or);
        return flags == null ? AnonymizerFlags.NONE : flags;
    }

    /** Number of distinct listed networks. */
    public int size() {
        return table.size();
    }

    /** Re-reads each list whose modification time, size or identity changed. */
    public ReloadReport reloadIfChanged() {
        synchronized (lock) {
            ReloadReport report = ReloadReport.NOTHING;
            boolean changed = false;
            for (int i = 0; i < files.size(); i++) {
                ListFile file = files.get(i);
                FileStamp now = FileStamp.of(file.path());
                if (now == null ? file.stamp() == null : now.equals(file.stamp())) {
                    continue;
                }
                try {
                    Map<Cidr, AnonymizerFlags> entries = read(file.path());
                    files.set(i, new ListFile(file.path(), now, entries));
                    changed = true;
                    log.info("Reloaded {} anonymizer networks from {}", entries.size(), file.path());
                    report = report.plus(ReloadReport.reloaded(file.path()));
                } catch (EnrichmentDataException e) {
                    files.set(i, new ListFile(file.path(), now, file.entries()));
                    log.error("Keeping the previous anonymizer list: {}", e.getMessage());
                    report = report.plus(ReloadReport.failed(file.path(), e.getMessage()));
                }
            }
            if (changed) {
                table = build(files);
            }
            return report;
        }
    }

    static Map<Cidr, AnonymizerFlags> read(Path path) {
        AnonymizerFlags fileFlag = flagFromName(path);
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new EnrichmentDataException(path, "anonymizer list " + path + " does not exist", e);
        } catch (IOException e) {
            throw new EnrichmentDataException(path, "anonymizer list " + path + " cannot be read: " + e, e);
        }
        Map<Cidr, AnonymizerFlags> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            int comment = line.indexOf('#');
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            try {
                if (fields.length > 2) {
                    throw new IllegalArgumentException("expected cidr[,flag], got '" + line + "'");
                }
                Cidr cidr = Cidr.parse(fields[0]);
                AnonymizerFlags flag =
                        fields.length == 2 && !fields[1].isBlank() ? AnonymizerFlags.named(fields[1]) : fileFlag;
                if (flag == null) {
                    throw new IllegalArgumentException(
                            fields.length == 2 && !fields[1].isBlank()
                                    ? "unknown flag '" + fields[1].strip() + "' (tor, vpn, hosting or proxy)"
                                    : "no flag, and the file name names none (tor, vpn, hosting or proxy)");
                }
                entries.merge(cidr, flag, AnonymizerFlags::or);
            } catch (IllegalArgumentException e) {
                throw new EnrichmentDataException(
                        path, "anonymizer list " + path + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    static @Nullable AnonymizerFlags flagFromName(Path path) {
        Path name = path.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        // A word of the name that starts with the flag: tor-exits.txt, torbulkexitlist, vpn_ranges.csv, proxies.txt;
        // not monitor.txt.
        for (String word : lower.split("[^a-z]+")) {
            for (String flag : List.of("tor", "vpn", "hosting", "proxy", "proxies")) {
                if (word.startsWith(flag)) {
                    return AnonymizerFlags.named(flag.equals("proxies") ? "proxy" : flag);
                }
            }
        }
        return null;
    }

    private static CidrTable<AnonymizerFlags> build(List<ListFile> files) {
        CidrTable.Builder<AnonymizerFlags> builder = CidrTable.builder();
        for (ListFile file : files) {
            file.entries().forEach((cidr, flags) -> builder.put(cidr, flags, AnonymizerFlags::or));
        }
        return builder.build();
    }
}
