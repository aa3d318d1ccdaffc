package io.loginwatch.findings;

import io.loginwatch.shared.PageCursor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Set-based reads of findings with keyset pagination (indexes: time, user+time, severity+time, signals GIN). */
@Repository
class FindingQueries {

    private static final String COLUMNS = "id, user_name, severity, score, status, assignee, created_at, updated_at,"
            + " signal_types, signals::text as signals, explanation, sign_in::text as sign_in,"
            + " linked_audit::text as linked_audit, history::text as history, sign_in_occurred_at";

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    FindingQueries(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    FindingPage list(FindingFilter filter, int limit, @org.jspecify.annotations.Nullable PageCursor after) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from finding where true");
        var params = new java.util.LinkedHashMap<String, Object>();
        if (filter.user() != null) {
            sql.append(" and user_name = :user");
            params.put("user", filter.user());
        }
        if (filter.minSeverity() != null) {
            sql.append(" and severity_rank >= :rank");
            params.put("rank", filter.minSeverity().ordinal());
        }
        if (filter.signal() != null) {
            sql.append(" and signal_types @> array[:signal]::text[]");
            params.put("signal", filter.signal());
        }
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.source() != null) {
            sql.append(" and source = :source");
            params.put("source", filter.source());
        }
        if (filter.since() != null) {
            sql.append(" and sign_in_occurred_at >= :since");
            params.put("since", Timestamp.from(filter.since()));
        }
        if (filter.until() != null) {
            sql.append(" and sign_in_occurred_at < :until");
            params.put("until", Timestamp.from(filter.until()));
        }
        if (after != null) {
            sql.append(" and (sign_in_occurred_at, id) < (:afterAt, :afterId)");
            params.put("afterAt", Timestamp.from(after.at()));
            params.put("afterId", after.key());
        }
        sql.append(" order by sign_in_occurred_at desc, id desc limit :limit");
        params.put("limit", limit + 1);
        List<Row> rows =
                jdbc.sql(sql.toString()).params(params).query(this::row).list();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Row last = rows.get(limit - 1);
            next = new PageCursor(last.occurredAt(), last.finding().id()).encode();
        }
        List<FindingResponse> items = new ArrayList<>(rows.size());
        rows.forEach(r -> items.add(r.finding()));
        return new FindingPage(items, next);
    }

    Optional<FindingResponse> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from finding where id = :id")
                .param("id", id)
                .query(this::row)
                .optional()
                .map(row -> withNotes(row.finding()));
    }

    private FindingResponse withNotes(FindingResponse finding) {
        List<Map<String, Object>> notes = jdbc.sql("select author, body, created_at as \"createdAt\" from finding_note"
                        + " where finding_id = :id order by created_at, id")
                .param("id", finding.id())
                .query((rs, n) -> Map.<String, Object>of(
                        "author", rs.getString(1),
                        "body", rs.getString(2),
                        "createdAt", rs.getTimestamp(3).toInstant().toString()))
                .list();
        return new FindingResponse(
                finding.id(),
                finding.user(),
                finding.severity(),
                finding.score(),
                finding.status(),
                finding.assignee(),
                finding.createdAt(),
                finding.updatedAt(),
                finding.signalTypes(),
                finding.signals(),
                finding.explanation(),
                finding.signIn(),
                finding.linkedAuditEvents(),
                finding.history(),
                notes);
    }

    private record Row(FindingResponse finding, java.time.Instant occurredAt) {}

    private Row row(ResultSet rs, int n) throws SQLException {
        FindingResponse finding = new FindingResponse(
                rs.getLong("id"),
                rs.getString("user_name"),
                rs.getString("severity"),
                rs.getInt("score"),
                FindingStatus.valueOf(rs.getString("status")),
                rs.getString("assignee"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                Arrays.asList((String[]) rs.getArray("signal_types").getArray()),
                mapper.readTree(rs.getString("signals")),
                rs.getString("explanation"),
                mapper.readTree(rs.getString("sign_in")),
                mapper.readTree(rs.getString("linked_audit")),
                mapper.readTree(rs.getString("history")),
                null);
        return new Row(finding, rs.getTimestamp("sign_in_occurred_at").toInstant());
    }
}
