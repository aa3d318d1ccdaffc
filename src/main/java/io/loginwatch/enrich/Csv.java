package io.loginwatch.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * The small CSV dialect of Loginwatch's data files: comma-separated, fields optionally in double quotes (a doubled
 * quote inside is one quote), surrounding spaces trimmed from unquoted fields. Lines starting with {@code #} and blank
 * lines are skipped by the callers.
 */
final class Csv {

    private Csv() {}

    static boolean isSkipped(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || stripped.startsWith("#");
    }

    /**
     * Splits one line into fields.
     *
     * @throws IllegalArgumentException on an unterminated quoted field
     */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        return fields;
    }
}
