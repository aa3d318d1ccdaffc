package io.loginwatch.source.ocsf;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Device;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.Network;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import io.loginwatch.source.Countries;
import io.loginwatch.source.Json;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.RecordRejectedException;
import io.loginwatch.source.SourceParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * OCSF events as Amazon Security Lake (and other OCSF producers) render them in JSON: a bare event or an array; NDJSON
 * lines reach {@link #unwrap} one value at a time.
 *
 * <p>{@code class_uid} 3002 Authentication becomes a sign-in; 6003 API Activity (3005 in OCSF 1.0.0-rc.2) an audit
 * event; every other class is skipped. Both 1.1.0 names ({@code is_mfa}, {@code user.uid}, {@code account.uid}) and
 * rc.2 names ({@code mfa}, {@code user.uuid}, {@code account_uid}) are read.
 */
public final class OcsfParser implements SourceParser {

    public static final String SOURCE = "ocsf";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public List<JsonNode> unwrap(JsonNode delivered) {
        if (!delivered.isArray()) {
            return List.of(delivered);
        }
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode element : delivered) {
            records.addAll(unwrap(element));
        }
        return records;
    }

    @Override
    public ParsedRecord parse(JsonNode record) {
        if (!record.isObject()) {
            throw new RecordRejectedException("an OCSF event must be a JSON object");
        }
        Long classUid = Json.longValue(record, "class_uid");
        if (classUid == null) {
            throw new RecordRejectedException("class_uid is required");
        }
        int eventClass = classUid.intValue();
        if (eventClass == OcsfTables.AUTHENTICATION) {
            return signIn(record);
        }
        if (eventClass == OcsfTables.API_ACTIVITY || eventClass == OcsfTables.API_ACTIVITY_RC2) {
            return ParsedRecord.of(audit(record));
        }
        String name = Json.text(record, "class_name");
        return ParsedRecord.skipped("OCSF class_uid " + eventClass + (name == null ? "" : " (" + name + ")")
                + " carries no sign-in or audit meaning");
    }

    private ParsedRecord signIn(JsonNode record) {
        String id = eventId(record);
        Instant time = time(record);
        JsonNode subject = subject(record, "user", "actor.user");
        Principal user = principal(subject, "user");
        Outcome outcome = outcome(record);
        if (outcome == null) {
            return ParsedRecord.skipped(
                    "OCSF Authentication event " + id + " has no status_id 1 (Success) or 2 (Failure)");
        }
        Long activity = Json.longValue(record, "activity_id");
        SignInKind kind = activity == null
                ? SignInKind.LOGIN
                : OcsfTables.AUTH_ACTIVITY.getOrDefault(activity.intValue(), SignInKind.LOGIN);
        String operation = Json.text(record, "api", "operation");
        return ParsedRecord.of(SignIn.builder()
                .source(SOURCE)
                .sourceEventId(id)
                .occurredAt(time)
                .user(user)
                .tenant(tenant(record, subject))
                .kind(kind)
                .eventType(Json.firstText(record, "metadata.event_code", "api.operation", "type_name"))
                .outcome(outcome)
                .failureReason(
                        outcome == Outcome.SUCCESS ? null : Json.firstText(record, "status_detail", "status_code"))
                .mfa(mfa(record, "is_mfa", "mfa"))
                .protocol(protocol(record))
                .ip(Json.ipOrNull(Json.text(record, "src_endpoint", "ip")))
                .device(device(record))
                .geo(geo(record))
                .network(network(record))
                .application(Json.firstText(record, "service.name", "api.service.name", "actor.app_name"))
                .accessPath(
                        operation == null
                                ? AccessPath.UNKNOWN
                                : OcsfTables.OPERATION_ACCESS_PATHS.getOrDefault(operation, AccessPath.UNKNOWN))
                .sessionId(Json.firstText(record, "session.uid", "actor.session.uid"))
                .raw(record.toString())
                .build());
    }

    private AuditEvent audit(JsonNode record) {
        String id = eventId(record);
        Instant time = time(record);
        JsonNode subject = subject(record, "actor.user", "user");
        Principal actor = principal(subject, "actor.user");
        String action = Json.firstText(record, "api.operation", "activity_name", "type_name");
        if (action == null) {
            throw new RecordRejectedException("api.operation is required");
        }
        Outcome status = outcome(record);
        Outcome outcome = status == null ? Outcome.SUCCESS : status;
        return AuditEvent.builder()
                .source(SOURCE)
                .sourceEventId(id)
                .occurredAt(time)
                .actor(actor)
                .tenant(tenant(record, subject))
                .ip(Json.ipOrNull(Json.text(record, "src_endpoint", "ip")))
                .userAgent(Json.text(record, "http_request", "user_agent"))
                .sessionId(Json.firstText(record, "actor.session.uid", "session.uid"))
                .accessKeyId(Json.text(subject, "credential_uid"))
                .service(Json.text(record, "api", "service", "name"))
                .action(action)
                .targets(targets(record))
                .outcome(outcome)
                .failureReason(
                        outcome == Outcome.SUCCESS
                                ? null
                                : Json.firstText(record, "api.response.error", "status_detail", "status_code"))
                .mfa(mfa(record, "actor.session.is_mfa", "actor.session.mfa"))
                .geo(geo(record))
                .network(network(record))
                .raw(record.toString())
                .build();
    }

    private static String eventId(JsonNode record) {
        String id = Json.text(record, "metadata", "uid");
        if (id == null) {
            throw new RecordRejectedException("metadata.uid is required");
        }
        return id;
    }

    /** {@code time} is epoch milliseconds; {@code time_dt} (the datetime profile) is the fallback. */
    private static Instant time(JsonNode record) {
        JsonNode time = record.path("time");
        if (time.isNumber()) {
            return Instant.ofEpochMilli(time.longValue());
        }
        Long millis = Json.longValue(record, "time");
        if (millis != null) {
            return Instant.ofEpochMilli(millis);
        }
        String text = Json.text(record, "time");
        if (text != null) {
            return Json.parseInstant(text, "time");
        }
        String dateTime = Json.text(record, "time_dt");
        if (dateTime != null) {
            return Json.parseInstant(dateTime, "time_dt");
        }
        throw new RecordRejectedException("time is required (epoch milliseconds)");
    }

    /** The first of two user objects that names anyone. */
    private static JsonNode subject(JsonNode record, String preferred, String fallback) {
        JsonNode first = Json.at(record, preferred.split("\\."));
        return names(first) ? first : Json.at(record, fallback.split("\\."));
    }

    private static boolean names(JsonNode user) {
        return Json.firstText(user, "email_addr", "name", "uid", "uuid") != null;
    }

    /**
     * The login: {@code email_addr}, else {@code name}, else derived from the ARN (an assumed role's session name,
     * {@code root} for the account root).
     */
    private static Principal principal(JsonNode user, String path) {
        String arn = arn(user);
        String email = Json.text(user, "email_addr");
        String name = Json.text(user, "name");
        String type = Json.text(user, "type");
        String login = email != null ? email : name != null ? name : fromArn(arn, type);
        if (login == null) {
            throw new RecordRejectedException(
                    path + " is required (" + path + ".email_addr, " + path + ".name or " + path + ".uid)");
        }
        String displayName = Json.text(user, "full_name");
        if (displayName == null && email != null && name != null && !name.equalsIgnoreCase(email)) {
            displayName = name;
        }
        String rawId = arn != null ? arn : Json.firstText(user, "uid", "uuid", "uid_alt");
        return new Principal(login, displayName, rawId, principalType(user, type, arn));
    }

    /** The ARN: 1.1.0 puts it in {@code uid}, rc.2 in {@code uuid} (its {@code uid} is the principal id). */
    private static @Nullable String arn(JsonNode user) {
        for (String field : List.of("uid", "uuid")) {
            String value = Json.text(user, field);
            if (value != null && value.startsWith("arn:")) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable String fromArn(@Nullable String arn, @Nullable String type) {
        if ("Root".equals(type) || (arn != null && arn.endsWith(":root"))) {
            return "root";
        }
        if (arn == null) {
            return null;
        }
        // arn:partition:service:region:account:resource - the resource may itself contain ':'
        String[] fields = arn.split(":", 6);
        if (fields.length < 6) {
            return null;
        }
        String resource = fields[5];
        if (resource.startsWith("assumed-role/")) {
            String[] parts = resource.split("/", 3);
            return parts.length == 3 ? parts[2] : null;
        }
        int slash = resource.lastIndexOf('/');
        return slash >= 0 && slash < resource.length() - 1 ? resource.substring(slash + 1) : null;
    }

    private static PrincipalType principalType(JsonNode user, @Nullable String type, @Nullable String arn) {
        if (type != null && OcsfTables.USER_TYPES.containsKey(type)) {
            return OcsfTables.USER_TYPES.get(type);
        }
        if (arn != null && arn.endsWith(":root")) {
            return PrincipalType.ROOT;
        }
        if (arn != null && arn.contains(":assumed-role/")) {
            return PrincipalType.ASSUMED_ROLE;
        }
        Long typeId = Json.longValue(user, "type_id");
        return typeId == null
                ? PrincipalType.UNKNOWN
                : OcsfTables.USER_TYPE_IDS.getOrDefault(typeId.intValue(), PrincipalType.UNKNOWN);
    }

    private static @Nullable String tenant(JsonNode record, JsonNode subject) {
        String tenant = Json.firstText(record, "cloud.account.uid", "cloud.account_uid");
        if (tenant == null) {
            tenant = Json.firstText(subject, "account.uid", "account_uid");
        }
        return tenant != null ? tenant : Json.text(record, "accountid");
    }

    private static @Nullable Outcome outcome(JsonNode record) {
        Long status = Json.longValue(record, "status_id");
        return status == null ? null : OcsfTables.STATUS.get(status.intValue());
    }

    private static @Nullable Boolean mfa(JsonNode record, String field, String rc2Field) {
        Boolean mfa = Json.bool(record, field.split("\\."));
        return mfa != null ? mfa : Json.bool(record, rc2Field.split("\\."));
    }

    private static @Nullable String protocol(JsonNode record) {
        String protocol = Json.text(record, "auth_protocol");
        return protocol == null || "Unknown".equalsIgnoreCase(protocol) ? null : protocol;
    }

    private static Device device(JsonNode record) {
        String userAgent = Json.text(record, "http_request", "user_agent");
        String deviceId = Json.firstText(record, "device.uid", "src_endpoint.uid");
        String os = Json.firstText(record, "device.os.name", "src_endpoint.os.name");
        if (userAgent == null && deviceId == null && os == null) {
            return Device.UNKNOWN;
        }
        return new Device(userAgent, deviceId, os, null, null, null);
    }

    /** {@code src_endpoint.location}; 1.1.0 coordinates are {@code [lon, lat]}, older events use lat/long. */
    private static Geo geo(JsonNode record) {
        JsonNode location = Json.at(record, "src_endpoint", "location");
        Double lat = Json.number(location, "lat");
        Double lon = Json.number(location, "long");
        List<JsonNode> coordinates = Json.array(location, "coordinates");
        if (coordinates.size() == 2
                && coordinates.get(0).isNumber()
                && coordinates.get(1).isNumber()) {
            lon = coordinates.get(0).doubleValue();
            lat = coordinates.get(1).doubleValue();
        }
        return Geo.fromSource(
                Countries.toIso(Json.text(location, "country")),
                Json.text(location, "region"),
                Json.text(location, "city"),
                lat,
                lon);
    }

    private static Network network(JsonNode record) {
        JsonNode as = Json.at(record, "src_endpoint", "autonomous_system");
        return Network.fromSource(Json.longValue(as, "number"), Json.text(as, "name"));
    }

    /** {@code resources[].uid} (or name), then the resource names inside the {@code api.request.data} JSON string. */
    private static List<String> targets(JsonNode record) {
        Set<String> targets = new LinkedHashSet<>();
        for (JsonNode resource : Json.array(record, "resources")) {
            String uid = Json.firstText(resource, "uid", "name");
            if (uid != null) {
                targets.add(uid);
            }
        }
        JsonNode request = requestData(record);
        for (String key : OcsfTables.REQUEST_TARGET_KEYS) {
            String value = Json.text(request, key);
            if (value != null) {
                targets.add(value);
            }
        }
        return List.copyOf(targets);
    }

    /** {@code api.request.data} is a JSON object in some producers and a JSON string in Security Lake. */
    private static JsonNode requestData(JsonNode record) {
        JsonNode data = Json.at(record, "api", "request", "data");
        if (data.isObject()) {
            return data;
        }
        String text = Json.text(data);
        if (text == null) {
            return data;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            return data;
        }
    }
}
