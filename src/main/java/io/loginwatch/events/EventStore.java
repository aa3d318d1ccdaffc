package io.loginwatch.events;

import static io.loginwatch.events.BulkInsert.arrayLiteral;

import io.loginwatch.events.BulkInsert.Column;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.SignIn;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotent bulk storage: a record whose (source, sourceEventId, occurredAt) is already stored is counted as a
 * duplicate and left alone. New rows join the engine's work queue in the same transaction.
 *
 * <p>Batches of {@value #COPY_FROM_ROWS} rows or more are written with {@code COPY} ({@link CopyInsert}); if any of
 * their rows is already stored, that attempt is rolled back to a savepoint and the batch goes through one
 * {@code INSERT ... ON CONFLICT DO NOTHING} ({@link BulkInsert}) instead, which stores only the new rows.
 */
@Service
public class EventStore {

    private static final List<Column<SignIn>> SIGN_IN_COLUMNS = List.of(
            new Column<>("source", "text", SignIn::source),
            new Column<>("source_event_id", "text", SignIn::sourceEventId),
            new Column<>("occurred_at", "timestamptz", SignIn::occurredAt),
            new Column<>("user_name", "text", s -> s.user().name()),
            new Column<>("user_display_name", "text", s -> s.user().displayName()),
            new Column<>("user_raw_id", "text", s -> s.user().rawId()),
            new Column<>("principal_type", "text", s -> s.user().type()),
            new Column<>("tenant", "text", SignIn::tenant),
            new Column<>("kind", "text", SignIn::kind),
            new Column<>("event_type", "text", SignIn::eventType),
            new Column<>("outcome", "text", SignIn::outcome),
            new Column<>("failure_reason", "text", SignIn::failureReason),
            new Column<>("mfa", "boolean", SignIn::mfa),
            new Column<>("auth_methods", "text[]", s -> arrayLiteral(s.authMethods())),
            new Column<>("protocol", "text", SignIn::protocol),
            new Column<>("ip", "inet", SignIn::ip),
            new Column<>("user_agent", "text", s -> s.device().userAgent()),
            new Column<>("device_id", "text", s -> s.device().deviceId()),
            new Column<>("os", "text", s -> s.device().os()),
            new Column<>("browser", "text", s -> s.device().browser()),
            new Column<>("device_type", "text", s -> s.device().deviceType()),
            new Column<>("managed", "boolean", s -> s.device().managed()),
            new Column<>("country", "text", s -> s.geo().country()),
            new Column<>("region", "text", s -> s.geo().region()),
            new Column<>("city", "text", s -> s.geo().city()),
            new Column<>("latitude", "float8", s -> s.geo().latitude()),
            new Column<>("longitude", "float8", s -> s.geo().longitude()),
            new Column<>("geo_accuracy_km", "int4", s -> s.geo().accuracyKm()),
            new Column<>("geo_source", "text", s -> s.geo().source()),
            new Column<>("network_name", "text", s -> s.geo().networkName()),
            new Column<>("trusted_network", "boolean", s -> s.geo().trusted()),
            new Column<>("asn", "int8", s -> s.network().asn()),
            new Column<>("as_org", "text", s -> s.network().asOrg()),
            new Column<>("tor", "boolean", s -> s.network().tor()),
            new Column<>("vpn", "boolean", s -> s.network().vpn()),
            new Column<>("hosting", "boolean", s -> s.network().hosting()),
            new Column<>("proxy", "boolean", s -> s.network().proxy()),
            new Column<>("network_source", "text", s -> s.network().source()),
            new Column<>("application", "text", SignIn::application),
            new Column<>("access_path", "text", SignIn::accessPath),
            new Column<>("session_id", "text", SignIn::sessionId),
            new Column<>("interactive", "boolean", SignIn::interactive),
            new Column<>("raw", "jsonb", SignIn::raw));

    private static final List<Column<AuditEvent>> AUDIT_COLUMNS = List.of(
            new Column<>("source", "text", AuditEvent::source),
            new Column<>("source_event_id", "text", AuditEvent::sourceEventId),
            new Column<>("occurred_at", "timestamptz", AuditEvent::occurredAt),
            new Column<>("actor_name", "text", a -> a.actor().name()),
            new Column<>("actor_display_name", "text", a -> a.actor().displayName()),
            new Column<>("actor_raw_id", "text", a -> a.actor().rawId()),
            new Column<>("principal_type", "text", a -> a.actor().type()),
            new Column<>("tenant", "text", AuditEvent::tenant),
            new Column<>("ip", "inet", AuditEvent::ip),
            new Column<>("user_agent", "text", AuditEvent::userAgent),
            new Column<>("session_id", "text", AuditEvent::sessionId),
            new Column<>("access_key_id", "text", AuditEvent::accessKeyId),
            new Column<>("service", "text", AuditEvent::service),
            new Column<>("action", "text", AuditEvent::action),
            new Column<>("targets", "text[]", a -> arrayLiteral(a.targets())),
            new Column<>("outcome", "text", AuditEvent::outcome),
            new Column<>("failure_reason", "text", AuditEvent::failureReason),
            new Column<>("mfa", "boolean", AuditEvent::mfa),
            new Column<>("category", "text", AuditEvent::category),
            new Column<>("sensitive", "boolean", AuditEvent::sensitive),
            new Column<>("country", "text", a -> a.geo().country()),
            new Column<>("city", "text", a -> a.geo().city()),
            new Column<>("latitude", "float8", a -> a.geo().latitude()),
            new Column<>("longitude", "float8", a -> a.geo().longitude()),
            new Column<>("geo_source", "text", a -> a.geo().source()),
            new Column<>("asn", "int8", a -> a.network().asn()),
            new Column<>("as_org", "text", a -> a.network().asOrg()),
            new Column<>("raw", "jsonb", AuditEvent::raw));

    private static final BulkInsert<SignIn> SIGN_INS =
            new BulkInsert<>("sign_in", "sign_in_pending", "sign_in_id", SIGN_IN_COLUMNS);
    private static final CopyInsert<SignIn> COPY_SIGN_INS = new CopyInsert<>(
            "sign_in", "sign_in_id_seq", "sign_in_pending", "sign_in_id", SignIn::occurredAt, SIGN_IN_COLUMNS);
    private static final BulkInsert<AuditEvent> AUDITS =
            new BulkInsert<>("audit_event", "audit_pending", "audit_id", AUDIT_COLUMNS);
    private static final CopyInsert<AuditEvent> COPY_AUDITS = new CopyInsert<>(
            "audit_event", "audit_event_id_seq", "audit_pending", "audit_id", AuditEvent::occurredAt, AUDIT_COLUMNS);

    /**
     * Batches from this many rows go through COPY; smaller ones (single webhook deliveries) through one INSERT
     * statement, which costs one round trip instead of five.
     */
    static final int COPY_FROM_ROWS = 64;

    private final DataSource dataSource;
    private final SQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();

    EventStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores a batch in one transaction; returns once it is committed. */
    @Transactional
    public StoreResult store(List<SignIn> signIns, List<AuditEvent> audits) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            int inserted = insert(connection, COPY_SIGN_INS, SIGN_INS, signIns)
                    + insert(connection, COPY_AUDITS, AUDITS, audits);
            return new StoreResult(inserted, signIns.size() + audits.size() - inserted);
        } catch (SQLException e) {
            throw translator.translate("bulk insert", null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static <T> int insert(Connection connection, CopyInsert<T> copy, BulkInsert<T> insert, List<T> rows)
            throws SQLException {
        if (rows.size() >= COPY_FROM_ROWS) {
            int copied = copy.insert(connection, rows);
            if (copied >= 0) {
                return copied;
            }
        }
        return insert.insert(connection, rows);
    }
}
