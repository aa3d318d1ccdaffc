package io.loginwatch.enrich;

import io.loginwatch.shared.AuditCategory;
import io.loginwatch.shared.AuditEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Classifies audit events into an {@link AuditCategory} and a sensitive flag from a table of vendor actions.
 *
 * <p>The built-in table is {@code src/main/resources/loginwatch/audit-actions.csv} (columns
 * {@code source,action,category,sensitive,note}); operators add rows that take precedence with
 * {@link #withOverrides(List)} or {@link #load(Path)}. Matching rules:
 *
 * <ul>
 *   <li>actions compare case-insensitively after trimming, collapsing runs of spaces and turning en/em dashes into
 *       {@code -} (Entra writes {@code "Update application – Certificates and secrets management "});
 *   <li>a trailing {@code *} matches any action starting with what precedes it ({@code policy.lifecycle.*});
 *   <li>a row also matches a dotted method name that ends in {@code "." + action}, so {@code SetIamPolicy} matches
 *       {@code google.iam.v1.IAMPolicy.SetIamPolicy};
 *   <li>a row's source is one source path or {@code *}; rows of every vendor also apply to {@code ocsf} and
 *       {@code canonical} events, which carry other vendors' action names (Security Lake rows hold CloudTrail names).
 * </ul>
 *
 * When several rows match, the most specific wins: operator rows before built-in ones (later overrides before
 * earlier ones); then the row matching more characters of the action; an exact row before a wildcard; a row for the
 * event's own source before a {@code *} row before another vendor's row; then the earlier row. Nothing matched
 * means {@link Classification#UNCLASSIFIED}. The outcome of the event is not considered.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AuditCatalog {

    /** The built-in table on the classpath. */
    public static final String BUILT_IN_RESOURCE = "/loginwatch/audit-actions.csv";

    /** Source value of a row that applies to every source. */
    public static final String ANY_SOURCE = "*";

    /** Source paths a row may name (besides {@code *}). */
    public static final Set<String> SOURCES =
            Set.of("okta", "entra", "aws-cloudtrail", "google-workspace", "gcp-audit", "ocsf", "canonical");

    /** Sources whose events carry other vendors' action names, so every vendor's rows apply to them. */
    private static final Set<String> CARRIER_SOURCES = Set.of("ocsf", "canonical");

    private static final String HEADER = "source,action,category,sensitive,note";

    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Comparator<Candidate> MOST_SPECIFIC_FIRST = Comparator.comparingInt(Candidate::layer)
            .thenComparing(Comparator.comparingInt(Candidate::matchedChars).reversed())
            .thenComparing(Candidate::wildcard)
            .thenComparing(Comparator.comparingInt(Candidate::sourceRank).reversed())
            .thenComparingInt(Candidate::position);

    private static final class BuiltIn {
        static final AuditCatalog INSTANCE = new AuditCatalog(List.of(Layer.of(readBuiltInRows())));
    }

    /** Layers in precedence order: the most recent overrides first, the built-in table last. */
    private final List<Layer> layers;

    private AuditCatalog(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** The built-in table. */
    public static AuditCatalog builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** A catalog holding only the given rows (no built-in table); mostly for tests and tools. */
    public static AuditCatalog of(List<Row> rows) {
        return new AuditCatalog(List.of(Layer.of(rows)));
    }

    /** The built-in table extended by an operator's CSV file (same columns; its rows take precedence). */
    public static AuditCatalog load(Path extraCsv) {
        try (Reader reader = Files.newBufferedReader(extraCsv, StandardCharsets.UTF_8)) {
            return builtIn().withOverrides(readCsv(reader, extraCsv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit-action table " + extraCsv, e);
        }
    }

    /**
     * A catalog in which {@code overrides} take precedence over every row of this one. An override row with category
     * {@code OTHER} and {@code sensitive=false} effectively removes a built-in classification.
     */
    public AuditCatalog withOverrides(List<Row> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        List<Layer> newLayers = new ArrayList<>(layers.size() + 1);
        newLayers.add(Layer.of(overrides));
        newLayers.addAll(layers);
        return new AuditCatalog(newLayers);
    }

    /** Every row, in precedence order of their layers (overrides first), each layer in file order. */
    public List<Row> rows() {
        List<Row> all = new ArrayList<>();
        layers.forEach(layer -> all.addAll(layer.rows()));
        return Collections.unmodifiableList(all);
    }

    /** The event with its category and sensitive flag set from this table. */
    public AuditEvent classify(AuditEvent event) {
        Classification c = classify(event.source(), event.action());
        return event.withCategory(c.category(), c.sensitive());
    }

    /**
     * Classifies one vendor action.
     *
     * @param source the event's source path ({@code okta}, {@code aws-cloudtrail} ...)
     * @param action the vendor's action name as delivered
     */
    public Classification classify(String source, String action) {
        String normalizedSource = source.trim().toLowerCase(Locale.ROOT);
        String normalizedAction = normalizeAction(action);
        if (normalizedAction.isEmpty()) {
            return Classification.UNCLASSIFIED;
        }
        List<String> tails = dottedTails(normalizedAction);
        Candidate best = null;
        for (int layerIndex = 0; layerIndex < layers.size(); layerIndex++) {
            Layer layer = layers.get(layerIndex);
            for (String tail : tails) {
                for (Indexed indexed : layer.exact().getOrDefault(tail, List.of())) {
                    best = better(best, candidate(layerIndex, indexed, tail.length(), false, normalizedSource));
                }
                for (Indexed indexed : layer.wildcards()) {
                    if (tail.startsWith(indexed.pattern())) {
                        best = better(
                                best,
                                candidate(layerIndex, indexed, indexed.pattern().length(), true, normalizedSource));
                    }
                }
            }
            if (best != null) {
                // an earlier layer always beats a later one
                break;
            }
        }
        return best == null
                ? Classification.UNCLASSIFIED
                : new Classification(best.row().category(), best.row().sensitive(), best.row());
    }

    private static @Nullable Candidate candidate(
            int layer, Indexed indexed, int matchedChars, boolean wildcard, String eventSource) {
        int sourceRank = sourceRank(indexed.row().source(), eventSource);
        if (sourceRank < 0) {
            return null;
        }
        return new Candidate(layer, matchedChars, wildcard, sourceRank, indexed.position(), indexed.row());
    }

    private static int sourceRank(String rowSource, String eventSource) {
        if (rowSource.equals(eventSource)) {
            return 2;
        }
        if (rowSource.equals(ANY_SOURCE)) {
            return 1;
        }
        return CARRIER_SOURCES.contains(eventSource) ? 0 : -1;
    }

    private static @Nullable Candidate better(@Nullable Candidate current, @Nullable Candidate challenger) {
        if (challenger == null) {
            return current;
        }
        if (current == null) {
            return challenger;
        }
        return MOST_SPECIFIC_FIRST.compare(challenger, current) < 0 ? challenger : current;
    }

    /** The whole action, then every part after a dot, longest first. */
    private static List<String> dottedTails(String action) {
        List<String> tails = new ArrayList<>(4);
        tails.add(action);
        for (int dot = action.indexOf('.'); dot >= 0 && dot < action.length() - 1; dot = action.indexOf('.', dot + 1)) {
            tails.add(action.substring(dot + 1));
        }
        return tails;
    }

    /** Lower case, trimmed, single spaces, ASCII hyphens: the form rows and actions are compared in. */
    static String normalizeAction(String action) {
        String dashes = DASHES.matcher(action.trim()).replaceAll("-");
        return SPACES.matcher(dashes).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a table in the built-in CSV format: {@code source,action,category,sensitive[,note]}. Blank lines and
     * lines starting with {@code #} are skipped, as is a header line equal to {@value #HEADER}.
     *
     * @param origin named in error messages (a file name)
     * @throws IllegalArgumentException for a malformed row, naming the origin and line number
     */
    public static List<Row> readCsv(Reader reader, String origin) {
        List<Row> rows = new ArrayList<>();
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        try {
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (lineNumber == 1 && trimmed.startsWith("\uFEFF")) {
                    trimmed = trimmed.substring(1);
                }
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equalsIgnoreCase(HEADER)) {
                    continue;
                }
                try {
                    rows.add(Row.parse(trimmed));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(origin + " line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit-action table " + origin, e);
        }
        return List.copyOf(rows);
    }

    private static List<Row> readBuiltInRows() {
        InputStream in = AuditCatalog.class.getResourceAsStream(BUILT_IN_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("built-in audit-action table " + BUILT_IN_RESOURCE + " is missing");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return readCsv(reader, BUILT_IN_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV line; fields may be double-quoted, a doubled quote inside quotes is a literal quote. */
    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote in: " + line);
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * One row of the table.
     *
     * @param source a source path ({@code aws-cloudtrail} ...) or {@code *}; stored lower-case
     * @param action the vendor action, optionally ending in {@code *}; stored as written
     * @param category what the action means
     * @param sensitive whether the action on its own belongs to an attacker's chain
     * @param note why, for people reading the table or a finding; may be empty
     */
    public record Row(String source, String action, AuditCategory category, boolean sensitive, String note) {

        public Row {
            source = Objects.requireNonNull(source, "source").trim().toLowerCase(Locale.ROOT);
            action = Objects.requireNonNull(action, "action").trim();
            Objects.requireNonNull(category, "category");
            note = note == null ? "" : note.trim();
            if (!source.equals(ANY_SOURCE) && !SOURCES.contains(source)) {
                throw new IllegalArgumentException(
                        "unknown source '" + source + "' (expected one of " + SOURCES + " or *)");
            }
            if (action.isEmpty()) {
                throw new IllegalArgumentException("action must not be blank");
            }
            if (action.indexOf('*') >= 0 && action.indexOf('*') != action.length() - 1) {
                throw new IllegalArgumentException("'*' is only allowed at the end of an action: " + action);
            }
        }

        public static Row of(String source, String action, AuditCategory category, boolean sensitive) {
            return new Row(source, action, category, sensitive, "");
        }

        /**
         * Parses one CSV line {@code source,action,category,sensitive[,note]}, e.g. an entry of a property list
         * {@code aws-cloudtrail,GetObject,DATA_ACCESS,true,bulk reads matter here}.
         *
         * @throws IllegalArgumentException when a field is missing or invalid
         */
        public static Row parse(String csvLine) {
            List<String> fields = splitCsv(csvLine.strip());
            if (fields.size() < 4 || fields.size() > 5) {
                throw new IllegalArgumentException(
                        "expected 4 or 5 fields (source,action,category,sensitive[,note]) but got " + fields.size()
                                + ": " + csvLine);
            }
            String categoryName = fields.get(2).trim().toUpperCase(Locale.ROOT);
            AuditCategory category;
            try {
                category = AuditCategory.valueOf(categoryName);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown category '" + fields.get(2).trim() + "'", e);
            }
            String sensitive = fields.get(3).trim();
            if (!sensitive.equalsIgnoreCase("true") && !sensitive.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("sensitive must be true or false, not '" + sensitive + "'");
            }
            String note = fields.size() == 5 ? fields.get(4) : "";
            return new Row(fields.get(0), fields.get(1), category, Boolean.parseBoolean(sensitive), note);
        }

        boolean wildcard() {
            return action.endsWith("*");
        }

        /** The normalized action without its trailing {@code *}. */
        String pattern() {
            String normalized = normalizeAction(action);
            return wildcard() ? normalized.substring(0, normalized.length() - 1) : normalized;
        }
    }

    /**
     * The result of a classification.
     *
     * @param category what the action means ({@code OTHER} when no row matched)
     * @param sensitive whether it belongs to an attacker's chain
     * @param row the row that decided, or {@code null} when none matched
     */
    public record Classification(
            AuditCategory category,
            boolean sensitive,
            @Nullable Row row) {

        /** No row matched. */
        public static final Classification UNCLASSIFIED = new Classification(AuditCategory.OTHER, false, null);

        public Classification {
            Objects.requireNonNull(category, "category");
        }
    }

    private record Indexed(Row row, String pattern, int position) {}

    private record Candidate(int layer, int matchedChars, boolean wildcard, int sourceRank, int position, Row row) {}

    /** One table (the built-in one or one set of overrides), indexed for lookup. */
    private record Layer(List<Row> rows, Map<String, List<Indexed>> exact, List<Indexed> wildcards) {

        static Layer of(List<Row> rows) {
            Map<String, List<Indexed>> exact = new HashMap<>();
            List<Indexed> wildcards = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                Indexed indexed = new Indexed(row, row.pattern(), i);
                if (row.wildcard()) {
                    wildcards.add(indexed);
                } else {
                    exact.computeIfAbsent(indexed.pattern(), key -> new ArrayList<>())
                            .add(indexed);
                }
            }
            exact.replaceAll((key, list) -> List.copyOf(list));
            return new Layer(List.copyOf(rows), Map.copyOf(exact), List.copyOf(wildcards));
        }
    }
}
