package io.loginwatch.source.workspace;

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
import tools.jackson.databind.node.ObjectNode;

/**
 * Google Workspace Admin SDK Reports API activities: an {@code activities.list} page
 * ({@code {"kind":"admin#reports#activities","items":[...]}}), a JSON array, or one bare activity (push delivery).
 *
 * <p>An activity holds one or more {@code events[]}; each event is one canonical record. {@link #unwrap} therefore
 * returns one node per event: the activity itself when it has a single event, otherwise a copy holding only that event
 * plus its position ({@value #EVENT_INDEX}, {@value #EVENT_COUNT}; both are dropped again from the stored raw record).
 *
 * <p>The dedupe key is {@code <applicationName>/<uniqueQualifier>/<time>}, with {@code #<event index>} appended when
 * the activity holds several events: the uniqueQualifier alone is only unique together with the time.
 */
public final class GoogleWorkspaceParser implements SourceParser {

    public static final String SOURCE = "google-workspace";

    /** Position of the event inside its activity's {@code events[]}, on nodes split by {@link #unwrap}. */
    public static final String EVENT_INDEX = "loginwatch:eventIndex";

    /** Number of events the original activity held, on nodes split by {@link #unwrap}. */
    public static final String EVENT_COUNT = "loginwatch:eventCount";

    private static final String PAGE_KIND = "admin#reports#activities";

    /** Events (keyed {@code application/event}) that are sign-ins; everything else is an audit event. */
    private static final Map<String, SignInRule> SIGN_INS = Map.of(
            "login/login_success",
            new SignInRule(SignInKind.LOGIN, OutcomeFrom.SUCCESS, MfaFrom.CHALLENGE_METHODS, "login_failure_type"),
            "login/login_failure",
            new SignInRule(SignInKind.LOGIN, OutcomeFrom.FAILURE, MfaFrom.NOT_USED, "login_failure_type"),
            "login/login_verification",
            new SignInRule(
                    SignInKind.MFA, OutcomeFrom.CHALLENGE_STATUS, MfaFrom.CHALLENGE_STATUS, "login_challenge_status"),
            "login/login_challenge",
            new SignInRule(
                    SignInKind.MFA, OutcomeFrom.CHALLENGE_STATUS, MfaFrom.CHALLENGE_STATUS, "login_challenge_status"),
            "login/logout",
            new SignInRule(SignInKind.LOGOUT, OutcomeFrom.SUCCESS, MfaFrom.SILENT, "login_failure_type"),
            "saml/login_success",
            new SignInRule(SignInKind.SSO, OutcomeFrom.SUCCESS, MfaFrom.SILENT, "failure_type"),
            "saml/login_failure",
            new SignInRule(SignInKind.SSO, OutcomeFrom.FAILURE, MfaFrom.SILENT, "failure_type"));

    /**
     * {@code login_challenge_method} values that are a second factor. {@code passkey} is added to the documented list:
     * Google accepts a passkey in place of password and 2-step verification.
     */
    private static final Set<String> SECOND_FACTORS = Set.of(
            "google_prompt",
            "google_authenticator",
            "totp",
            "security_key",
            "security_key_otp",
            "idv_any_phone",
            "idv_preregistered_phone",
            "backup_code",
            "offline_otp",
            "internal_two_factor",
            "passkey");

    /** {@code login_challenge_status} values, normalised (lower case, without "challenge " and "."). */
    private static final Map<String, Outcome> CHALLENGE_STATUSES =
            Map.of("passed", Outcome.SUCCESS, "failed", Outcome.FAILURE);

    /** {@code login_type} values that say how the user arrived; unknown types leave the access path open. */
    private static final Map<String, AccessPath> LOGIN_TYPES = Map.of("saml", AccessPath.SSO);

    /** Event parameters that name what an audit event acts on, in target order, with the label they get. */
    private static final List<TargetParameter> TARGET_PARAMETERS = List.of(
            new TargetParameter("USER_EMAIL", ""),
            new TargetParameter("affected_email_address", ""),
            new TargetParameter("GROUP_EMAIL", "group "),
            new TargetParameter("doc_title", ""),
            new TargetParameter("doc_id", "doc "),
            new TargetParameter("app_name", ""),
            new TargetParameter("ROLE_NAME", "role "),
            new TargetParameter("PRIVILEGE_NAME", "privilege "),
            new TargetParameter("ORG_UNIT_NAME", "org unit "),
            new TargetParameter("DOMAIN_NAME", "domain "),
            new TargetParameter("target_user", "user "),
            new TargetParameter("scope", "scope "));

    /** Google's predefined admin roles: the role name an event carries, and what the Admin console calls it. */
    private static final Map<String, String> SYSTEM_ROLES = Map.of(
            "_SEED_ADMIN_ROLE", "Super Admin",
            "_GROUPS_ADMIN_ROLE", "Groups Administrator",
            "_USER_MANAGEMENT_ADMIN_ROLE", "User Management Administrator",
            "_HELP_DESK_ADMIN_ROLE", "Help Desk Administrator",
            "_SERVICES_ADMIN_ROLE", "Services Administrator");

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public List<JsonNode> unwrap(JsonNode delivered) {
        List<JsonNode> records = new ArrayList<>();
        collect(delivered, records);
        return records;
    }

    private static void collect(JsonNode node, List<JsonNode> records) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, records));
        } else if (node.isObject() && (node.path("items").isArray() || PAGE_KIND.equals(Json.text(node, "kind")))) {
            // an empty page has no items at all
            node.path("items").forEach(activity -> split(activity, records));
        } else {
            split(node, records);
        }
    }

    private static void split(JsonNode activity, List<JsonNode> records) {
        List<JsonNode> events = Json.array(activity, "events");
        if (!(activity instanceof ObjectNode object) || events.size() <= 1) {
            records.add(activity);
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            ObjectNode single = object.deepCopy();
            single.putArray("events").add(events.get(i));
            single.put(EVENT_INDEX, i);
            single.put(EVENT_COUNT, events.size());
            records.add(single);
        }
    }

    @Override
    public ParsedRecord parse(JsonNode record) {
        if (!record.isObject()) {
            throw new RecordRejectedException("a Reports API activity must be a JSON object");
        }
        JsonNode event = singleEvent(record);
        String application = required(record, "id", "applicationName");
        String eventName = Json.text(event, "name");
        if (eventName == null) {
            throw new RecordRejectedException("events[].name is required");
        }
        Instant time = Json.requiredInstant(record, "id.time", "id", "time");
        Long eventIndex = Json.longValue(record, EVENT_INDEX);
        Long eventCount = Json.longValue(record, EVENT_COUNT);
        String key = application + "/" + required(record, "id", "uniqueQualifier") + "/" + time
                + (eventCount != null && eventCount > 1 ? "#" + (eventIndex == null ? 0 : eventIndex) : "");
        Activity activity = new Activity(record, key, time, application, eventName, Parameters.of(event), raw(record));
        SignInRule rule = SIGN_INS.get(application + "/" + eventName);
        return rule == null ? ParsedRecord.of(audit(activity)) : ParsedRecord.of(signIn(activity, rule));
    }

    private static JsonNode singleEvent(JsonNode record) {
        JsonNode events = record.path("events");
        if (events.isObject()) {
            // shippers that split the array (e.g. Elastic's input) deliver the event as an object
            return events;
        }
        if (!events.isArray() || events.isEmpty()) {
            throw new RecordRejectedException("events is required (an activity holds at least one event)");
        }
        if (events.size() > 1) {
            throw new RecordRejectedException("activity holds " + events.size()
                    + " events; unwrap() splits it into one record per event before parsing");
        }
        return events.get(0);
    }

    private SignIn signIn(Activity activity, SignInRule rule) {
        Parameters parameters = activity.parameters();
        Outcome outcome = rule.outcome().read(parameters);
        String loginType = parameters.first("login_type");
        String application = "saml".equals(activity.application())
                ? firstNonNull(parameters.first("application_name"), activity.application())
                : activity.application();
        String deviceId = parameters.first("device_id");
        return SignIn.builder()
                .source(SOURCE)
                .sourceEventId(activity.key())
                .occurredAt(activity.time())
                .user(actor(activity.record()))
                .tenant(Json.text(activity.record(), "id", "customerId"))
                .kind(rule.kind())
                .eventType(activity.eventName())
                .outcome(outcome)
                .failureReason(
                        outcome == Outcome.FAILURE
                                ? firstNonNull(parameters.first(rule.failureParameter()), activity.eventName())
                                : null)
                .mfa(rule.mfa().read(parameters))
                .authMethods(parameters.all("login_challenge_method"))
                .protocol(loginType)
                .ip(Json.ipOrNull(Json.text(activity.record(), "ipAddress")))
                .device(deviceId == null ? Device.UNKNOWN : Device.of(null, deviceId))
                .geo(geo(activity.record()))
                .network(network(activity.record()))
                .application(application)
                .accessPath(accessPath(activity.application(), loginType))
                .raw(activity.raw())
                .build();
    }

    /** A SAML login into a third-party app is SSO by definition; a Google login says so in its login_type. */
    private static AccessPath accessPath(String application, @Nullable String loginType) {
        if ("saml".equals(application)) {
            return AccessPath.SSO;
        }
        return loginType == null ? AccessPath.UNKNOWN : LOGIN_TYPES.getOrDefault(loginType, AccessPath.UNKNOWN);
    }

    private AuditEvent audit(Activity activity) {
        return AuditEvent.builder()
                .source(SOURCE)
                .sourceEventId(activity.key())
                .occurredAt(activity.time())
                .actor(actor(activity.record()))
                .tenant(Json.text(activity.record(), "id", "customerId"))
                .ip(Json.ipOrNull(Json.text(activity.record(), "ipAddress")))
                .service(activity.application())
                .action(activity.eventName())
                .targets(targets(activity.parameters()))
                .outcome(Outcome.SUCCESS)
                .geo(geo(activity.record()))
                .network(network(activity.record()))
                .raw(activity.raw())
                .build();
    }

    private static Principal actor(JsonNode record) {
        String email = Json.text(record, "actor", "email");
        String name = email != null ? email : Json.firstText(record, "actor.key", "actor.profileId");
        if (name == null) {
            throw new RecordRejectedException("actor.email is required (or actor.key / actor.profileId)");
        }
        PrincipalType type;
        if (email != null && email.toLowerCase(Locale.ROOT).endsWith(".gserviceaccount.com")) {
            type = PrincipalType.SERVICE_ACCOUNT;
        } else if ("KEY".equals(Json.text(record, "actor", "callerType"))) {
            type = PrincipalType.SERVICE;
        } else {
            type = PrincipalType.USER;
        }
        return new Principal(name, null, Json.text(record, "actor", "profileId"), type);
    }

    private static Geo geo(JsonNode record) {
        return Geo.fromSource(
                Json.text(record, "networkInfo", "regionCode"),
                Json.text(record, "networkInfo", "subdivisionCode"),
                null,
                null,
                null);
    }

    private static Network network(JsonNode record) {
        List<JsonNode> asns = Json.array(record, "networkInfo", "ipAsn");
        return asns.isEmpty() ? Network.UNKNOWN : Network.fromSource(Json.longValue(asns.get(0)), null);
    }

    private static List<String> targets(Parameters parameters) {
        Set<String> targets = new LinkedHashSet<>();
        for (TargetParameter target : TARGET_PARAMETERS) {
            for (String value : parameters.all(target.name())) {
                targets.add(target.label() + value + roleDisplayName(target.name(), value));
            }
        }
        return List.copyOf(targets);
    }

    private static String roleDisplayName(String parameter, String value) {
        String display = "ROLE_NAME".equals(parameter) ? SYSTEM_ROLES.get(value) : null;
        return display == null ? "" : " = " + display;
    }

    private static String raw(JsonNode record) {
        if (record.has(EVENT_INDEX) || record.has(EVENT_COUNT)) {
            ObjectNode copy = (ObjectNode) record.deepCopy();
            copy.remove(List.of(EVENT_INDEX, EVENT_COUNT));
            return copy.toString();
        }
        return record.toString();
    }

    private static String required(JsonNode record, String... path) {
        String value = Json.text(record, path);
        if (value == null) {
            throw new RecordRejectedException(String.join(".", path) + " is required");
        }
        return value;
    }

    private static String firstNonNull(@Nullable String first, String fallback) {
        return first != null ? first : fallback;
    }

    private record Activity(
            JsonNode record,
            String key,
            Instant time,
            String application,
            String eventName,
            Parameters parameters,
            String raw) {}

    private record SignInRule(SignInKind kind, OutcomeFrom outcome, MfaFrom mfa, String failureParameter) {}

    private record TargetParameter(String name, String label) {}

    /** Where a sign-in's outcome comes from. */
    private enum OutcomeFrom {
        SUCCESS,
        FAILURE,
        /** {@code login_challenge_status}: passed, failed, or still pending (CHALLENGE). */
        CHALLENGE_STATUS;

        Outcome read(Parameters parameters) {
            return switch (this) {
                case SUCCESS -> Outcome.SUCCESS;
                case FAILURE -> Outcome.FAILURE;
                case CHALLENGE_STATUS -> {
                    Outcome status = challengeStatus(parameters);
                    yield status == null ? Outcome.CHALLENGE : status;
                }
            };
        }
    }

    /** Where a sign-in's MFA fact comes from. */
    private enum MfaFrom {
        /** {@code login_challenge_method} holds a second factor (absent: the event says nothing). */
        CHALLENGE_METHODS,
        /** A failed login never satisfied a second factor. */
        NOT_USED,
        /** A 2-step verification step: its status, unless the event says it was no second factor. */
        CHALLENGE_STATUS,
        SILENT;

        @Nullable
        Boolean read(Parameters parameters) {
            return switch (this) {
                case CHALLENGE_METHODS ->
                    parameters.has("login_challenge_method")
                            ? parameters.all("login_challenge_method").stream()
                                    .map(method -> method.toLowerCase(Locale.ROOT))
                                    .anyMatch(SECOND_FACTORS::contains)
                            : null;
                case NOT_USED -> false;
                case CHALLENGE_STATUS -> {
                    if ("false".equalsIgnoreCase(parameters.first("is_second_factor"))) {
                        yield null;
                    }
                    Outcome status = challengeStatus(parameters);
                    yield status == null ? null : status == Outcome.SUCCESS;
                }
                case SILENT -> null;
            };
        }
    }

    private static @Nullable Outcome challengeStatus(Parameters parameters) {
        String status = parameters.first("login_challenge_status");
        if (status == null) {
            return null;
        }
        String normalised = status.trim()
                .toLowerCase(Locale.ROOT)
                .replace("challenge ", "")
                .replace(".", "")
                .trim();
        return CHALLENGE_STATUSES.get(normalised);
    }
}
