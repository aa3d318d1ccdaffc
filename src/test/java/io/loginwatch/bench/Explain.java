package io.loginwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** EXPLAIN (ANALYZE, BUFFERS) of the main queries, appended to target/benchmark-explain.txt. */
final class Explain {

    static final Path FILE = Path.of("target", "benchmark-explain.txt");

    private Explain() {}

    static void reset() {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void plan(BenchApp app, String title, String sql) {
        List<String> lines = app.jdbc().queryForList("explain (analyze, buffers, costs off) " + sql, String.class);
        StringBuilder text = new StringBuilder("### ")
                .append(title)
                .append("\n\n```sql\n")
                .append(sql)
                .append("\n```\n\n```\n");
        lines.forEach(line -> text.append(line).append('\n'));
        text.append("```\n\n");
        try {
            Files.writeString(FILE, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
