package io.loginwatch.source.canonical;

import static io.loginwatch.source.canonical.CanonicalFields.*;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.Device;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.Network;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import io.loginwatch.source.Json;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.RecordRejectedException;
import io.loginwatch.source.SourceParser;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Canonical sign-in records ({@code POST /api/v1/events/sign-ins}). Required: occurredAt, user, outcome. Optional:
 * eventId, source, ip, userAgent, deviceId, country, region, city, latitude, longitude, asn, asOrg, application, mfa,
 * sessionId, accessPath, displayName, tenant, kind, principalType, interactive, failureReason, protocol.
 */
public final class CanonicalSignInParser implements SourceParser {

    @Override
    public String source() {
        return CanonicalFields.DEFAULT_SOURCE;
    }

    @Override
    public List<JsonNode> unwrap(JsonNode delivered) {
        return CanonicalFields.records(delivered);
    }

    @Override
    public ParsedRecord parse(JsonNode record) {
        requireObject(record);
        String user = requiredText(record, "user");
        Outcome outcome = enumValue(record, "outcome", Outcome.class);
        if (outcome == null) {
            throw new RecordRejectedException("outcome is required (SUCCESS, FAILURE or CHALLENGE)");
        }
        PrincipalType principalType = enumValue(record, "principalType", PrincipalType.class);
        SignInKind kind = enumValue(record, "kind", SignInKind.class);
        AccessPath accessPath = enumValue(record, "accessPath", AccessPath.class);
        Double latitude = coordinate(record, "latitude", 90);
        Double longitude = coordinate(record, "longitude", 180);
        if ((latitude == null) != (longitude == null)) {
            throw new RecordRejectedException("latitude and longitude must be given together");
        }
        SignIn signIn = SignIn.builder()
                .source(CanonicalFields.source(record))
                .sourceEventId(eventId(record))
                .occurredAt(Json.requiredInstant(record, "occurredAt", "occurredAt"))
                .user(new Principal(
                        user,
                        Json.text(record, "displayName"),
                        null,
                        principalType == null ? PrincipalType.USER : principalType))
                .tenant(Json.text(record, "tenant"))
                .kind(kind == null ? SignInKind.LOGIN : kind)
                .outcome(outcome)
                .failureReason(Json.text(record, "failureReason"))
                .mfa(bool(record, "mfa"))
                .protocol(Json.text(record, "protocol"))
                .ip(ip(record))
                .device(Device.of(Json.text(record, "userAgent"), Json.text(record, "deviceId")))
                .geo(Geo.fromSource(
                        country(record), Json.text(record, "region"), Json.text(record, "city"), latitude, longitude))
                .network(Network.fromSource(asn(record), Json.text(record, "asOrg")))
                .application(Json.text(record, "application"))
                .accessPath(accessPath == null ? AccessPath.UNKNOWN : accessPath)
                .sessionId(Json.text(record, "sessionId"))
                .interactive(bool(record, "interactive"))
                .raw(record.toString())
                .build();
        return ParsedRecord.of(signIn);
    }
}
