package io.loginwatch.events;

import io.loginwatch.shared.AuditCategory;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.GeoSource;
import io.loginwatch.shared.Network;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import io.loginwatch.shared.PrincipalType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads an {@code audit_event} row back into the canonical record (without the raw vendor record). Queries select
 * {@link #COLUMNS} from {@code audit_event a}.
 */
public final class AuditRowMapper implements RowMapper<StoredAuditEvent> {

    public static final String COLUMNS = "a.id, a.source, a.source_event_id, a.occurred_at, a.received_at,"
            + " a.actor_name, a.actor_display_name, a.actor_raw_id, a.principal_type, a.tenant, host(a.ip) as ip,"
            + " a.user_agent, a.session_id, a.access_key_id, a.service, a.action, a.targets, a.outcome,"
            + " a.failure_reason, a.mfa, a.category, a.sensitive, a.country, a.city, a.latitude, a.longitude,"
            + " a.geo_source, a.asn, a.as_org";

    @Override
    public StoredAuditEvent mapRow(ResultSet rs, int rowNum) throws SQLException {
        Double latitude = dbl(rs, "latitude");
        Double longitude = dbl(rs, "longitude");
        Long asn = rs.getLong("asn");
        if (rs.wasNull()) {
            asn = null;
        }
        Boolean mfa = rs.getBoolean("mfa");
        if (rs.wasNull()) {
            mfa = null;
        }
        GeoSource geoSource = GeoSource.valueOf(rs.getString("geo_source"));
        AuditEvent event = AuditEvent.builder()
                .source(rs.getString("source"))
                .sourceEventId(rs.getString("source_event_id"))
                .occurredAt(rs.getTimestamp("occurred_at").toInstant())
                .actor(new Principal(
                        rs.getString("actor_name"),
                        rs.getString("actor_display_name"),
                        rs.getString("actor_raw_id"),
                        PrincipalType.valueOf(rs.getString("principal_type"))))
                .tenant(rs.getString("tenant"))
                .ip(rs.getString("ip"))
                .userAgent(rs.getString("user_agent"))
                .sessionId(rs.getString("session_id"))
                .accessKeyId(rs.getString("access_key_id"))
                .service(rs.getString("service"))
                .action(rs.getString("action"))
                .targets(textArray(rs, "targets"))
                .outcome(Outcome.valueOf(rs.getString("outcome")))
                .failureReason(rs.getString("failure_reason"))
                .mfa(mfa)
                .category(AuditCategory.valueOf(rs.getString("category")), rs.getBoolean("sensitive"))
                .geo(new Geo(
                        rs.getString("country"),
                        null,
                        rs.getString("city"),
                        latitude,
                        longitude,
                        null,
                        geoSource,
                        null,
                        false))
                .network(
                        asn == null && rs.getString("as_org") == null
                                ? Network.UNKNOWN
                                : new Network(
                                        asn, rs.getString("as_org"), false, false, false, false, GeoSource.UNKNOWN))
                .build();
        return new StoredAuditEvent(
                rs.getLong("id"), event, rs.getTimestamp("received_at").toInstant());
    }

    private static @Nullable Double dbl(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> textArray(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
