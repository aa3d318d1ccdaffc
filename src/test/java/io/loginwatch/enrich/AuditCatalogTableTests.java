package io.loginwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.enrich.AuditCatalog.Row;
import io.loginwatch.shared.AuditCategory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Guards the built-in table itself: every data line must be a valid row. */
class AuditCatalogTableTests {

    private static List<String> dataLines() throws IOException {
        try (InputStream in = AuditCatalog.class.getResourceAsStream(AuditCatalog.BUILT_IN_RESOURCE)) {
            assertThat(in).as("built-in table on the classpath").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .skip(1) // header
                    .toList();
        }
    }

    @Test
    void startsWithTheDocumentedHeader() throws IOException {
        try (InputStream in = AuditCatalog.class.getResourceAsStream(AuditCatalog.BUILT_IN_RESOURCE)) {
            String firstDataLine = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .findFirst()
                    .orElseThrow();
            assertThat(firstDataLine).isEqualTo("source,action,category,sensitive,note");
        }
    }

    @Test
    void everyRowHasAKnownSourceAValidCategoryAndABooleanFlag() throws IOException {
        List<String> lines = dataLines();
        Set<String> categories = new HashSet<>();
        EnumSet.allOf(AuditCategory.class).forEach(c -> categories.add(c.name()));

        assertThat(lines).hasSizeGreaterThan(150);
        for (String line : lines) {
            Row row = Row.parse(line);
            String[] raw = line.split(",", 5);
            assertThat(raw[0]).as(line).isIn(withAny(AuditCatalog.SOURCES));
            assertThat(raw[1]).as(line).isNotBlank();
            assertThat(raw[2]).as(line).isIn(categories);
            assertThat(raw[3]).as(line).isIn("true", "false");
            assertThat(row.category().name()).isEqualTo(raw[2]);
            assertThat(row.sensitive()).isEqualTo(Boolean.parseBoolean(raw[3]));
        }
    }

    @Test
    void theBuiltInCatalogHoldsEveryRowOnce() throws IOException {
        List<String> lines = dataLines();
        List<Row> rows = AuditCatalog.builtIn().rows();

        assertThat(rows).hasSameSizeAs(lines);
        Set<String> keys = new HashSet<>();
        for (Row row : rows) {
            assertThat(keys.add(row.source() + "|" + AuditCatalog.normalizeAction(row.action())))
                    .as("duplicate row %s,%s", row.source(), row.action())
                    .isTrue();
        }
    }

    @Test
    void everyCategoryIsUsedByAtLeastOneSensitiveRow() {
        Set<AuditCategory> used = EnumSet.noneOf(AuditCategory.class);
        AuditCatalog.builtIn().rows().stream().filter(Row::sensitive).forEach(row -> used.add(row.category()));

        assertThat(used).containsAll(EnumSet.complementOf(EnumSet.of(AuditCategory.OTHER)));
    }

    private static Set<String> withAny(Set<String> sources) {
        Set<String> all = new HashSet<>(sources);
        all.add(AuditCatalog.ANY_SOURCE);
        return all;
    }
}
