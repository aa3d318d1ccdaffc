package io.loginwatch.events;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One multi-row {@code INSERT ... SELECT FROM unnest(...) ON CONFLICT DO NOTHING} per batch: a single round trip,
 * one array parameter per column, and the ids of the rows actually inserted fed straight into a work queue.
 */
final class BulkInsert<T> {

    record Column<T>(String name, String sqlType, Function<T, @Nullable Object> value) {}

    private final String sql;
    private final List<Column<T>> columns;

    BulkInsert(String table, String queueTable, String queueIdColumn, List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        // array-typed columns travel as array literals in a text element and are cast when selected
        String arrays = columns.stream()
                .map(column -> column.sqlType().endsWith("[]") ? "?::text[]" : "?::text[]::" + column.sqlType() + "[]")
                .collect(Collectors.joining(", "));
        String selected = columns.stream()
                .map(column ->
                        column.sqlType().endsWith("[]") ? column.name() + "::" + column.sqlType() : column.name())
                .collect(Collectors.joining(", "));
        this.sql = "with input (" + names + ") as (select * from unnest(" + arrays + ")),"
                + " inserted as (insert into " + table + " (" + names + ") select " + selected
                + " from input on conflict do nothing returning id, occurred_at),"
                + " queued as (insert into " + queueTable + " (" + queueIdColumn + ", occurred_at)"
                + " select id, occurred_at from inserted)"
                + " select count(*) from inserted";
    }

    /** Inserts the rows that are not stored yet and returns how many were new. */
    int insert(Connection connection, List<T> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                String[] values = new String[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    Object value = column.value().apply(rows.get(r));
                    values[r] = value == null ? null : value.toString();
                }
                Array array = connection.createArrayOf("text", values);
                statement.setArray(c + 1, array);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** A PostgreSQL array literal, for text[] columns passed through a text element. */
    static @Nullable String arrayLiteral(List<String> values) {
        if (values.isEmpty()) {
            return "{}";
        }
        return values.stream()
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
