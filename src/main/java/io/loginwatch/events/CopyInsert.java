package io.loginwatch.events;

import io.loginwatch.events.BulkInsert.Column;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The fast path of bulk storage: PostgreSQL {@code COPY} (text format) straight into the event table and its work
 * queue, with ids drawn from the table's sequence beforehand so the queue gets the same ids. Runs inside the caller's
 * transaction, under a savepoint: when any row is already stored (a retry, or the same record twice in one batch) the
 * unique key stops the COPY, the savepoint is rolled back, and the caller falls back to the row-by-row idempotent
 * {@link BulkInsert}. New batches, the common case, cost about what a plain COPY costs.
 */
final class CopyInsert<T> {

    /** PostgreSQL's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final int FLUSH_CHARS = 64 * 1024;

    private final List<Column<T>> columns;
    private final Function<T, Instant> occurredAt;
    private final String ids;
    private final String copyRows;
    private final String copyQueue;

    CopyInsert(
            String table,
            String sequence,
            String queueTable,
            String queueIdColumn,
            Function<T, Instant> occurredAt,
            List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
        this.occurredAt = occurredAt;
        this.ids = "select nextval('" + sequence + "') from generate_series(1, ?)";
        this.copyRows = "copy " + table + " (id, "
                + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ") from stdin";
        this.copyQueue = "copy " + queueTable + " (" + queueIdColumn + ", occurred_at) from stdin";
    }

    /**
     * Stores every row and queues it, or nothing at all.
     *
     * @return the number of rows stored (all of them), or -1 when some row was already stored and nothing was written
     */
    int insert(Connection connection, List<T> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        long[] ids = nextIds(connection, rows.size());
        Savepoint savepoint = connection.setSavepoint();
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder text = new StringBuilder(FLUSH_CHARS + 8192);
            CopyIn in = copy.copyIn(copyRows);
            try {
                for (int r = 0; r < rows.size(); r++) {
                    T row = rows.get(r);
                    text.append(ids[r]);
                    for (Column<T> column : columns) {
                        text.append('\t');
                        append(text, column.value().apply(row));
                    }
                    text.append('\n');
                    if (text.length() >= FLUSH_CHARS) {
                        flush(in, text);
                    }
                }
                flush(in, text);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            CopyIn queue = copy.copyIn(copyQueue);
            try {
                for (int r = 0; r < rows.size(); r++) {
                    text.append(ids[r])
                            .append('\t')
                            .append(occurredAt.apply(rows.get(r)))
                            .append('\n');
                    if (text.length() >= FLUSH_CHARS) {
                        flush(queue, text);
                    }
                }
                flush(queue, text);
                queue.endCopy();
            } finally {
                if (queue.isActive()) {
                    queue.cancelCopy();
                }
            }
            connection.releaseSavepoint(savepoint);
            return rows.size();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(savepoint);
            return -1;
        }
    }

    private long[] nextIds(Connection connection, int count) throws SQLException {
        long[] result = new long[count];
        try (PreparedStatement statement = connection.prepareStatement(ids)) {
            statement.setInt(1, count);
            try (ResultSet rs = statement.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    result[i++] = rs.getLong(1);
                }
            }
        }
        return result;
    }

    private static void flush(CopyIn in, StringBuilder text) throws SQLException {
        if (text.length() > 0) {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }
    }

    /** One field in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
    static void append(StringBuilder text, @Nullable Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
            return;
        }
        String s = value.toString();
        if (s.indexOf('\\') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\t') < 0) {
            text.append(s); // the common case, found by the JDK's vectorized search
            return;
        }
        int run = 0; // copy the runs between characters that need escaping in one go
        for (int i = 0, n = s.length(); i < n; i++) {
            String escape = switch (s.charAt(i)) {
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (escape != null) {
                text.append(s, run, i).append(escape);
                run = i + 1;
            }
        }
        text.append(s, run, s.length());
    }
}
