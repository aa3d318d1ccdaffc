package io.loginwatch.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The engine's work queue of stored but not yet scored sign-ins, oldest first. Callers hold the engine lock and
 * a transaction: reading, scoring and {@link #remove removing} happen atomically.
 */
@Repository
public class PendingSignIns {

    private static final Comparator<StoredSignIn> ORDER =
            Comparator.comparing((StoredSignIn s) -> s.signIn().occurredAt()).thenComparingLong(StoredSignIn::id);

    private final JdbcClient jdbc;

    PendingSignIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The oldest pending sign-ins, in (occurred_at, id) order. Two index-only steps, so the cost does not grow with
     * the stored history: the queue's oldest keys through its (occurred_at, id) index, then those rows through each
     * month partition's (id, occurred_at) primary key, only in the months the keys span.
     */
    public List<StoredSignIn> next(int limit) {
        List<Long> ids = new ArrayList<>(limit);
        Instant[] span = new Instant[2];
        jdbc.sql("select sign_in_id, occurred_at from sign_in_pending order by occurred_at, sign_in_id limit :limit")
                .param("limit", limit)
                .query(rs -> {
                    ids.add(rs.getLong(1));
                    Instant at = rs.getTimestamp(2).toInstant();
                    if (span[0] == null) {
                        span[0] = at;
                    }
                    span[1] = at;
                });
        if (ids.isEmpty()) {
            return List.of();
        }
        List<StoredSignIn> rows = new ArrayList<>(jdbc.sql("select " + SignInRowMapper.COLUMNS
                        + " from sign_in s where s.id = any(:ids) and s.occurred_at between :from and :to")
                .param("ids", ids.toArray(Long[]::new))
                .param("from", Timestamp.from(span[0]))
                .param("to", Timestamp.from(span[1]))
                .query(new SignInRowMapper(false))
                .list());
        if (rows.size() < ids.size()) {
            // queued rows whose sign-in is gone (dropped by retention): unqueue them so they never block the head
            Set<Long> found = new HashSet<>();
            rows.forEach(row -> found.add(row.id()));
            Long[] orphans = ids.stream().filter(id -> !found.contains(id)).toArray(Long[]::new);
            jdbc.sql("delete from sign_in_pending where sign_in_id = any(:ids)")
                    .param("ids", orphans)
                    .update();
        }
        rows.sort(ORDER);
        return rows;
    }

    public void remove(List<StoredSignIn> processed) {
        Long[] ids = processed.stream().map(StoredSignIn::id).toArray(Long[]::new);
        jdbc.sql("delete from sign_in_pending where sign_in_id = any(:ids)")
                .param("ids", ids)
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from sign_in_pending")
                .query(Long.class)
                .single();
    }
}
