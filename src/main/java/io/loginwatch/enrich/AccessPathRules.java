package io.loginwatch.enrich;

import io.loginwatch.shared.AccessPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The access-path table ({@code loginwatch/access-paths.csv} on the classpath): which user agents and protocol names
 * mean console, CLI/API, mobile app, legacy protocol or non-interactive access, and which client they name. Rows are
 * tried in order and the first whose pattern is found in the text wins. The file documents its own format.
 */
final class AccessPathRules {

    static final String RESOURCE = "/loginwatch/access-paths.csv";

    /**
     * One row of the table.
     *
     * @param client the client's short name, or null for a web browser (the user-agent parser names it)
     * @param line the row's line in the file, for messages
     */
    record Rule(
            Pattern pattern,
            AccessPath accessPath,
            @Nullable String client,
            int line) {}

    private static final class Defaults {
        static final AccessPathRules INSTANCE = fromResource(RESOURCE);
    }

    private final List<Rule> rules;

    AccessPathRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The shipped table, read once. */
    static AccessPathRules defaults() {
        return Defaults.INSTANCE;
    }

    static AccessPathRules fromResource(String resource) {
        InputStream stream = AccessPathRules.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("access-path table " + resource + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return parse(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read access-path table " + resource, e);
        }
    }

    static AccessPathRules parse(String name, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Csv.isSkipped(line)) {
                continue;
            }
            int lineNumber = i + 1;
            try {
                List<String> fields = Csv.fields(line);
                if (header) {
                    if (!fields.equals(List.of("pattern", "accessPath", "client"))) {
                        throw new IllegalArgumentException("header must be pattern,accessPath,client");
                    }
                    header = false;
                    continue;
                }
                if (fields.size() != 3) {
                    throw new IllegalArgumentException("expected pattern,accessPath,client");
                }
                Pattern pattern = Pattern.compile(fields.get(0), Pattern.CASE_INSENSITIVE);
                AccessPath accessPath = AccessPath.valueOf(fields.get(1));
                String client = fields.get(2).isEmpty() ? null : fields.get(2);
                rules.add(new Rule(pattern, accessPath, client, lineNumber));
            } catch (IllegalArgumentException e) { // includes PatternSyntaxException
                String reason = e instanceof PatternSyntaxException syntax ? syntax.getDescription() : e.getMessage();
                throw new IllegalStateException(name + " line " + lineNumber + ": " + reason, e);
            }
        }
        return new AccessPathRules(rules);
    }

    List<Rule> rules() {
        return rules;
    }

    /** The first rule whose pattern is found in {@code text}, or null. */
    @Nullable
    Rule match(String text) {
        for (Rule rule : rules) {
            if (rule.pattern().matcher(text).find()) {
                return rule;
            }
        }
        return null;
    }
}
