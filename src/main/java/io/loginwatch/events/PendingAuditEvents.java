package io.loginwatch.events;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The work queue of stored but not yet correlated audit events, oldest first. Callers hold the engine lock and a
 * transaction: reading, correlating and {@link #remove removing} happen atomically.
 */
@Repository
public class PendingAuditEvents {

    private final JdbcClient jdbc;

    PendingAuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredAuditEvent> next(int limit) {
        return jdbc.sql("select " + AuditRowMapper.COLUMNS
                        + " from audit_pending p join audit_event a on a.id = p.audit_id and a.occurred_at = p.occurred_at"
                        + " order by p.occurred_at, p.audit_id limit :limit")
                .param("limit", limit)
                .query(new AuditRowMapper())
                .list();
    }

    public void remove(List<StoredAuditEvent> processed) {
        Long[] ids = processed.stream().map(StoredAuditEvent::id).toArray(Long[]::new);
        jdbc.sql("delete from audit_pending where audit_id = any(:ids)")
                .param("ids", ids)
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from audit_pending").query(Long.class).single();
    }
}
