package io.loginwatch.events;

import io.loginwatch.shared.PageCursor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Newest-first merge of a user's sign-ins and audit events. The cursor key interleaves both id sequences
 * (sign-ins odd, audit events even) so that one (time, key) pair orders every item.
 */
@Repository
class Timeline {

    record Item(String kind, Instant occurredAt, String source, String sourceEventId, JsonNode fields) {}

    record Page(List<Item> items, @Nullable String nextCursor) {}

    private static final String SQL = "select * from ("
            + " select 'SIGN_IN' as kind, s.id * 2 + 1 as k, s.occurred_at, s.source, s.source_event_id,"
            + " (to_jsonb(s) - 'raw' - 'id' - 'source' - 'source_event_id' - 'occurred_at')::text as fields"
            + " from sign_in s where s.user_name = :user and (s.occurred_at, s.id * 2 + 1) < (:at, :k)"
            + " union all"
            + " select 'AUDIT', a.id * 2, a.occurred_at, a.source, a.source_event_id,"
            + " (to_jsonb(a) - 'raw' - 'id' - 'source' - 'source_event_id' - 'occurred_at')::text"
            + " from audit_event a where a.actor_name = :user and (a.occurred_at, a.id * 2) < (:at, :k)"
            + ") t order by occurred_at desc, k desc limit :limit";

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    Timeline(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Column names as the rest of the API spells fields: {@code source_event_id} → {@code sourceEventId}. */
    private JsonNode camelCase(JsonNode columns) {
        var fields = mapper.createObjectNode();
        columns.properties().forEach(column -> {
            StringBuilder name = new StringBuilder();
            boolean upper = false;
            for (char c : column.getKey().toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    name.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            fields.set(name.toString(), column.getValue());
        });
        return fields;
    }

    Page page(String user, int limit, @Nullable PageCursor after) {
        PageCursor from = after == null ? new PageCursor(Instant.parse("9999-12-31T00:00:00Z"), Long.MAX_VALUE) : after;
        List<Object[]> rows = new ArrayList<>();
        List<Item> items = jdbc.sql(SQL)
                .param("user", user)
                .param("at", Timestamp.from(from.at()))
                .param("k", from.key())
                .param("limit", limit + 1)
                .query((rs, n) -> {
                    rows.add(new Object[] {rs.getTimestamp("occurred_at").toInstant(), rs.getLong("k")});
                    return new Item(
                            rs.getString("kind"),
                            rs.getTimestamp("occurred_at").toInstant(),
                            rs.getString("source"),
                            rs.getString("source_event_id"),
                            camelCase(mapper.readTree(rs.getString("fields"))));
                })
                .list();
        String next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            Object[] last = rows.get(limit - 1);
            next = new PageCursor((Instant) last[0], (Long) last[1]).encode();
        }
        return new Page(items, next);
    }
}
