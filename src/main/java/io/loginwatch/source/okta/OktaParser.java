package io.loginwatch.source.okta;

import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Device;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.GeoSource;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Okta System Log {@code LogEvent}s, delivered as an Event Hook body ({@code {"data":{"events":[...]}}}), a System Log
 * API page (a JSON array) or a bare event.
 *
 * <p>The {@code eventType} decides what a record is ({@link OktaEventTypes}); the fields are read as the Okta fixtures'
 * README lists them: {@code uuid}, {@code actor.alternateId}, {@code published}, {@code client.*},
 * {@code outcome.*}, {@code authenticationContext.rootSessionId}, {@code securityContext}.
 */
public final class OktaParser implements SourceParser {

    public static final String SOURCE = "okta";

    /** Okta {@code outcome.result} values; ALLOW/DENY/CHALLENGE appear on policy events. */
    private static final Map<String, Outcome> RESULTS = Map.of(
            "SUCCESS", Outcome.SUCCESS,
            "ALLOW", Outcome.SUCCESS,
            "FAILURE", Outcome.FAILURE,
            "DENY", Outcome.FAILURE,
            "CHALLENGE", Outcome.CHALLENGE);

    /** Okta {@code actor.type} values that are not people. */
    private static final Map<String, PrincipalType> ACTOR_TYPES = Map.of(
            "User", PrincipalType.USER,
            "SystemPrincipal", PrincipalType.SERVICE,
            "PublicClientApp", PrincipalType.SERVICE_ACCOUNT,
            "AppInstance", PrincipalType.SERVICE_ACCOUNT,
            "Client", PrincipalType.SERVICE_ACCOUNT);

    /** Placeholders Okta writes instead of leaving a field out. */
    private static final Set<String> PLACEHOLDERS = Set.of("unknown", "null", "UNKNOWN", "Unknown");

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public List<JsonNode> unwrap(JsonNode delivered) {
        JsonNode events = Json.at(delivered, "data", "events");
        if (events.isArray()) {
            return Json.array(delivered, "data", "events");
        }
        List<JsonNode> records = new ArrayList<>();
        if (delivered.isArray()) {
            for (JsonNode element : delivered) {
                records.addAll(
                        element.isArray() || Json.at(element, "data", "events").isArray()
                                ? unwrap(element)
                                : List.of(element));
            }
            return records;
        }
        return List.of(delivered);
    }

    @Override
    public ParsedRecord parse(JsonNode record) {
        if (!record.isObject()) {
            throw new RecordRejectedException("an Okta LogEvent must be a JSON object");
        }
        String eventType = required(record, "eventType");
        OktaEventTypes.Rule rule = OktaEventTypes.ruleFor(eventType);
        if (rule.category() == OktaEventTypes.Category.SKIP) {
            return ParsedRecord.skipped("Okta eventType " + eventType + " carries no sign-in or audit meaning");
        }
        String uuid = required(record, "uuid");
        Instant published = Json.requiredInstant(record, "published", "published");
        Principal actor = actor(record);
        if (rule.category() == OktaEventTypes.Category.AUDIT) {
            return ParsedRecord.of(audit(record, uuid, published, actor, eventType));
        }
        String result = Json.text(record, "outcome", "result");
        Outcome outcome = rule.forcedOutcome() != null
                ? rule.forcedOutcome()
                : result == null ? null : RESULTS.get(result.toUpperCase(Locale.ROOT));
        if (outcome == null) {
            if (result == null) {
                throw new RecordRejectedException("outcome.result is required for sign-in event " + eventType);
            }
            return ParsedRecord.skipped(
                    "Okta " + eventType + " with outcome.result " + result + " has no sign-in result");
        }
        SignInKind kind = rule.kind() == null ? SignInKind.LOGIN : rule.kind();
        return ParsedRecord.of(SignIn.builder()
                .source(SOURCE)
                .sourceEventId(uuid)
                .occurredAt(published)
                .user(actor)
                .kind(kind)
                .eventType(eventType)
                .outcome(outcome)
                .failureReason(outcome == Outcome.SUCCESS ? null : failureReason(record))
                .mfa(rule.mfaStep() ? mfaResult(outcome) : null)
                .authMethods(authMethods(record))
                .ip(Json.ipOrNull(Json.text(record, "client", "ipAddress")))
                .device(device(record))
                .geo(geo(record))
                .network(network(record))
                .application(application(record))
                .accessPath(rule.accessPath())
                .sessionId(sessionId(record))
                .raw(record.toString())
                .build());
    }

    private AuditEvent audit(JsonNode record, String uuid, Instant published, Principal actor, String eventType) {
        String result = Json.text(record, "outcome", "result");
        Outcome outcome = result == null
                ? Outcome.SUCCESS
                : RESULTS.getOrDefault(result.toUpperCase(Locale.ROOT), Outcome.SUCCESS);
        return AuditEvent.builder()
                .source(SOURCE)
                .sourceEventId(uuid)
                .occurredAt(published)
                .actor(actor)
                .ip(Json.ipOrNull(Json.text(record, "client", "ipAddress")))
                .userAgent(Json.text(record, "client", "userAgent", "rawUserAgent"))
                .sessionId(sessionId(record))
                .service(SOURCE)
                .action(eventType)
                .targets(targets(record))
                .outcome(outcome)
                .failureReason(outcome == Outcome.SUCCESS ? null : failureReason(record))
                .geo(geo(record))
                .network(network(record))
                .raw(record.toString())
                .build();
    }

    private static String required(JsonNode record, String field) {
        String value = Json.text(record, field);
        if (value == null) {
            throw new RecordRejectedException(field + " is required");
        }
        return value;
    }

    private static Principal actor(JsonNode record) {
        String login = Json.text(record, "actor", "alternateId");
        if (login == null || PLACEHOLDERS.contains(login)) {
            throw new RecordRejectedException("actor.alternateId is required");
        }
        String type = Json.text(record, "actor", "type");
        return new Principal(
                login,
                Json.text(record, "actor", "displayName"),
                Json.text(record, "actor", "id"),
                type == null ? PrincipalType.UNKNOWN : ACTOR_TYPES.getOrDefault(type, PrincipalType.UNKNOWN));
    }

    /** A second factor that succeeded was satisfied, one that failed was not; a challenge says neither yet. */
    private static @Nullable Boolean mfaResult(Outcome outcome) {
        return switch (outcome) {
            case SUCCESS -> true;
            case FAILURE -> false;
            case CHALLENGE -> null;
        };
    }

    private static @Nullable String failureReason(JsonNode record) {
        return Json.firstText(record, "outcome.reason", "displayMessage");
    }

    private static @Nullable String sessionId(JsonNode record) {
        String root = known(Json.text(record, "authenticationContext", "rootSessionId"));
        return root != null ? root : known(Json.text(record, "authenticationContext", "externalSessionId"));
    }

    private static List<String> authMethods(JsonNode record) {
        String credential = known(Json.text(record, "authenticationContext", "credentialType"));
        return credential == null ? List.of() : List.of(credential);
    }

    /** The first target that is an application instance, as Okta names it. */
    private static @Nullable String application(JsonNode record) {
        for (JsonNode target : Json.array(record, "target")) {
            if ("AppInstance".equals(Json.text(target, "type"))) {
                return Json.firstText(target, "displayName", "alternateId");
            }
        }
        return null;
    }

    private static List<String> targets(JsonNode record) {
        Set<String> targets = new LinkedHashSet<>();
        for (JsonNode target : Json.array(record, "target")) {
            String alternateId = known(Json.text(target, "alternateId"));
            String name = alternateId != null ? alternateId : known(Json.text(target, "displayName"));
            if (name != null) {
                targets.add(name);
            }
        }
        return List.copyOf(targets);
    }

    private static Device device(JsonNode record) {
        String userAgent = Json.text(record, "client", "userAgent", "rawUserAgent");
        String deviceId = known(Json.text(record, "device", "id"));
        String os = known(Json.text(record, "client", "userAgent", "os"));
        String browser = known(Json.text(record, "client", "userAgent", "browser"));
        String deviceType = known(Json.text(record, "client", "device"));
        Boolean managed = Json.bool(record, "device", "managed");
        if (userAgent == null && deviceId == null && os == null && browser == null && deviceType == null) {
            return Device.UNKNOWN;
        }
        return new Device(userAgent, deviceId, os, browser, deviceType, managed);
    }

    private static Geo geo(JsonNode record) {
        JsonNode context = Json.at(record, "client", "geographicalContext");
        return Geo.fromSource(
                Countries.toIso(Json.text(context, "country")),
                Json.text(context, "state"),
                Json.text(context, "city"),
                Json.number(context, "geolocation", "lat"),
                Json.number(context, "geolocation", "lon"));
    }

    private static Network network(JsonNode record) {
        JsonNode context = Json.at(record, "securityContext");
        Long asn = Json.longValue(context, "asNumber");
        String asOrg = Json.firstText(context, "asOrg", "isp");
        boolean proxy = Boolean.TRUE.equals(Json.bool(context, "isProxy"));
        if (asn == null && asOrg == null && !proxy) {
            return Network.UNKNOWN;
        }
        return new Network(asn, asOrg, false, false, false, proxy, GeoSource.SOURCE);
    }

    private static @Nullable String known(@Nullable String value) {
        return value == null || PLACEHOLDERS.contains(value) ? null : value;
    }
}
