package io.loginwatch.events;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The engine's work queue of stored but not yet scored sign-ins, oldest first. Callers hold the engine lock and
 * a transaction: reading, scoring and {@link #remove removing} happen atomically.
 */
@Repository
public class PendingSignIns {

    private final JdbcClient jdbc;

    PendingSignIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredSignIn> next(int limit) {
        return jdbc.sql("select " + SignInRowMapper.COLUMNS
                        + " from sign_in_pending p join sign_in s on s.id = p.sign_in_id and s.occurred_at = p.occurred_at"
                        + " order by p.occurred_at, p.sign_in_id limit :limit")
                .param("limit", limit)
                .query(new SignInRowMapper(false))
                .list();
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
