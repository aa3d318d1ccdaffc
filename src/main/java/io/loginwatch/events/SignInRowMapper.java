package io.loginwatch.events;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.Device;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.GeoSource;
import io.loginwatch.shared.Network;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads a {@code sign_in} row (all columns, {@code ip} as text) back into the canonical record. Queries select
 * {@link #COLUMNS} from {@code sign_in s}.
 */
public final class SignInRowMapper implements RowMapper<StoredSignIn> {

    public static final String COLUMNS = "s.id, s.source, s.source_event_id, s.occurred_at, s.received_at, s.user_name,"
            + " s.user_display_name, s.user_raw_id, s.principal_type, s.tenant, s.kind, s.event_type, s.outcome,"
            + " s.failure_reason, s.mfa, s.auth_methods, s.protocol, host(s.ip) as ip, s.user_agent, s.device_id,"
            + " s.os, s.browser, s.device_type, s.managed, s.country, s.region, s.city, s.latitude, s.longitude,"
            + " s.geo_accuracy_km, s.geo_source, s.network_name, s.trusted_network, s.asn, s.as_org, s.tor, s.vpn,"
            + " s.hosting, s.proxy, s.network_source, s.application, s.access_path, s.session_id, s.interactive";

    /** Whether to load the raw vendor record too (not needed for scoring). */
    private final boolean withRaw;

    public SignInRowMapper(boolean withRaw) {
        this.withRaw = withRaw;
    }

    @Override
    public StoredSignIn mapRow(ResultSet rs, int rowNum) throws SQLException {
        SignIn signIn = SignIn.builder()
                .source(rs.getString("source"))
                .sourceEventId(rs.getString("source_event_id"))
                .occurredAt(rs.getTimestamp("occurred_at").toInstant())
                .user(new Principal(
                        rs.getString("user_name"),
                        rs.getString("user_display_name"),
                        rs.getString("user_raw_id"),
                        PrincipalType.valueOf(rs.getString("principal_type"))))
                .tenant(rs.getString("tenant"))
                .kind(SignInKind.valueOf(rs.getString("kind")))
                .eventType(rs.getString("event_type"))
                .outcome(Outcome.valueOf(rs.getString("outcome")))
                .failureReason(rs.getString("failure_reason"))
                .mfa(bool(rs, "mfa"))
                .authMethods(textArray(rs, "auth_methods"))
                .protocol(rs.getString("protocol"))
                .ip(rs.getString("ip"))
                .device(new Device(
                        rs.getString("user_agent"),
                        rs.getString("device_id"),
                        rs.getString("os"),
                        rs.getString("browser"),
                        rs.getString("device_type"),
                        bool(rs, "managed")))
                .geo(new Geo(
                        rs.getString("country"),
                        rs.getString("region"),
                        rs.getString("city"),
                        dbl(rs, "latitude"),
                        dbl(rs, "longitude"),
                        integer(rs, "geo_accuracy_km"),
                        GeoSource.valueOf(rs.getString("geo_source")),
                        rs.getString("network_name"),
                        rs.getBoolean("trusted_network")))
                .network(new Network(
                        lng(rs, "asn"),
                        rs.getString("as_org"),
                        rs.getBoolean("tor"),
                        rs.getBoolean("vpn"),
                        rs.getBoolean("hosting"),
                        rs.getBoolean("proxy"),
                        GeoSource.valueOf(rs.getString("network_source"))))
                .application(rs.getString("application"))
                .accessPath(AccessPath.valueOf(rs.getString("access_path")))
                .sessionId(rs.getString("session_id"))
                .interactive(bool(rs, "interactive"))
                .raw(withRaw ? rs.getString("raw") : "{}")
                .build();
        Timestamp received = rs.getTimestamp("received_at");
        return new StoredSignIn(rs.getLong("id"), signIn, received.toInstant());
    }

    private static @Nullable Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Double dbl(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Long lng(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> textArray(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
