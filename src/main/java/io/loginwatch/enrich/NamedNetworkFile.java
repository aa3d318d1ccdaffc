package io.loginwatch.enrich;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads an operator's named-network file, CSV or YAML by its extension.
 *
 * <p>CSV ({@code .csv}): a header naming the columns, then one network per line; {@code cidr} and {@code name} are
 * required, {@code city, country, latitude, longitude, trusted} optional; {@code #} lines are comments. A field with a
 * comma goes in double quotes.
 *
 * <pre>
 * cidr,name,city,country,latitude,longitude,trusted
 * 198.51.100.0/24,London office,London,GB,51.5072,-0.1276,true
 * 2001:db8:100::/48,CI runners,,,,,false
 * </pre>
 *
 * <p>YAML ({@code .yaml}, {@code .yml}): a list of networks, or a map with that list under {@code networks}; each
 * network has the same keys, and may give {@code cidrs:} (a list) instead of one {@code cidr}.
 *
 * <pre>
 * networks:
 *   - name: Corporate VPN egress
 *     cidrs: [203.0.113.16/28, 2001:db8:200::/48]
 *     city: Frankfurt
 *     country: DE
 *     latitude: 50.11
 *     longitude: 8.68
 *     trusted: true
 * </pre>
 *
 * A CIDR listed twice in one file is an error.
 */
final class NamedNetworkFile {

    private static final Set<String> COLUMNS =
            Set.of("cidr", "name", "city", "country", "latitude", "longitude", "trusted");
    private static final Set<String> YAML_KEYS =
            Set.of("cidr", "cidrs", "name", "city", "country", "latitude", "longitude", "trusted");

    private NamedNetworkFile() {}

    /**
     * @throws EnrichmentDataException naming the file (and the line or entry) when it is missing or malformed
     */
    static List<NamedNetwork> read(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            List<NamedNetwork> networks;
            if (name.endsWith(".csv")) {
                networks = readCsv(file);
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                networks = readYaml(file);
            } else {
                throw new EnrichmentDataException(
                        file, "named-network file " + file + " must end in .csv, .yaml or .yml");
            }
            rejectDuplicates(file, networks);
            return networks;
        } catch (NoSuchFileException e) {
            throw new EnrichmentDataException(file, "named-network file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new EnrichmentDataException(file, "named-network file " + file + " cannot be read: " + e, e);
        }
    }

    private static List<NamedNetwork> readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = null;
        List<NamedNetwork> networks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (Csv.isSkipped(line)) {
                continue;
            }
            int lineNumber = i + 1;
            try {
                List<String> fields = Csv.fields(line);
                if (header == null) {
                    header = header(fields);
                    continue;
                }
                if (fields.size() > header.size()) {
                    throw new IllegalArgumentException(
                            "has " + fields.size() + " fields, the header names " + header.size());
                }
                Map<String, String> row = new HashMap<>();
                for (int column = 0; column < fields.size(); column++) {
                    row.put(header.get(column), fields.get(column));
                }
                networks.add(network(row.get("cidr"), row));
            } catch (IllegalArgumentException e) {
                throw new EnrichmentDataException(file, file + " line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        if (header == null) {
            throw new EnrichmentDataException(
                    file, file + " has no header line (cidr,name,city,country,latitude,longitude,trusted)");
        }
        return networks;
    }

    private static List<String> header(List<String> fields) {
        List<String> header = new ArrayList<>();
        for (String field : fields) {
            String column = field.strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                throw new IllegalArgumentException("unknown column '" + field + "' (known: cidr, name, city, country,"
                        + " latitude, longitude, trusted)");
            }
            if (header.contains(column)) {
                throw new IllegalArgumentException("column '" + column + "' given twice");
            }
            header.add(column);
        }
        if (!header.contains("cidr") || !header.contains("name")) {
            throw new IllegalArgumentException("the header must name at least the cidr and name columns");
        }
        return header;
    }

    private static List<NamedNetwork> readYaml(Path file) throws IOException {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (RuntimeException e) {
            throw new EnrichmentDataException(file, file + " is not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return List.of();
        }
        if (root instanceof Map<?, ?> map) {
            if (map.size() != 1 || !map.containsKey("networks")) {
                throw new EnrichmentDataException(file, file + ": expected a list of networks, or one key 'networks'");
            }
            root = map.get("networks");
            if (root == null) {
                return List.of();
            }
        }
        if (!(root instanceof List<?> entries)) {
            throw new EnrichmentDataException(file, file + ": expected a list of networks");
        }
        List<NamedNetwork> networks = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int entryNumber = i + 1;
            try {
                if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                    throw new IllegalArgumentException("is not a map of cidr, name, city ...");
                }
                Map<String, String> fields = new HashMap<>();
                List<String> cidrs = new ArrayList<>();
                for (var field : entry.entrySet()) {
                    String key = String.valueOf(field.getKey());
                    if (!YAML_KEYS.contains(key)) {
                        throw new IllegalArgumentException("unknown key '" + key + "'");
                    }
                    Object value = field.getValue();
                    if (key.equals("cidrs")) {
                        if (!(value instanceof List<?> list)) {
                            throw new IllegalArgumentException("cidrs must be a list");
                        }
                        list.forEach(item -> cidrs.add(String.valueOf(item)));
                    } else if (key.equals("cidr")) {
                        cidrs.add(String.valueOf(value));
                    } else if (key.equals("country") && Boolean.FALSE.equals(value)) {
                        fields.put(key, "NO"); // YAML 1.1 reads an unquoted NO (Norway) as false
                    } else if (value != null) {
                        fields.put(key, String.valueOf(value));
                    }
                }
                if (cidrs.isEmpty()) {
                    throw new IllegalArgumentException("has no cidr");
                }
                for (String cidr : cidrs) {
                    networks.add(network(cidr, fields));
                }
            } catch (IllegalArgumentException e) {
                throw new EnrichmentDataException(file, file + " entry " + entryNumber + ": " + e.getMessage(), e);
            }
        }
        return networks;
    }

    private static NamedNetwork network(@Nullable String cidr, Map<String, String> fields) {
        if (cidr == null || cidr.isBlank()) {
            throw new IllegalArgumentException("cidr is empty");
        }
        String name = fields.get("name");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is empty");
        }
        return new NamedNetwork(
                cidr,
                name,
                fields.get("city"),
                fields.get("country"),
                number("latitude", fields.get("latitude")),
                number("longitude", fields.get("longitude")),
                flag(fields.get("trusted")));
    }

    private static @Nullable Double number(String key, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: '" + value + "'");
        }
    }

    private static boolean flag(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("trusted must be true or false, got '" + value + "'");
        };
    }

    private static void rejectDuplicates(Path file, List<NamedNetwork> networks) {
        Map<String, NamedNetwork> seen = new HashMap<>();
        for (NamedNetwork network : networks) {
            NamedNetwork previous = seen.putIfAbsent(network.cidr(), network);
            if (previous != null) {
                throw new EnrichmentDataException(
                        file,
                        file + ": " + network.cidr() + " is listed twice ('" + previous.name() + "' and '"
                                + network.name() + "')");
            }
        }
    }
}
