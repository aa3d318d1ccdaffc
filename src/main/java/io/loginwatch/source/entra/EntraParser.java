package io.loginwatch.source.entra;

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
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Microsoft Entra ID logs in the Azure Monitor diagnostic-settings schema: an Event Hub message
 * ({@code {"records":[...]}}), a storage-account blob line, a JSON array, or a bare record.
 *
 * <p>The record's {@code category} decides what it is ({@link EntraCategories}): the sign-in categories become
 * sign-ins, {@code AuditLogs} audit events, anything else is skipped. Fields are read from {@code properties} as the
 * Entra fixtures' README lists them. A Microsoft Graph record without the diagnostic wrapper (no {@code properties})
 * is read as its own properties.
 */
public final class EntraParser implements SourceParser {

    public static final String SOURCE = "entra";

    private static final String MFA_REQUIREMENT = "multiFactorAuthentication";
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public List<JsonNode> unwrap(JsonNode delivered) {
        if (Json.at(delivered, "records").isArray()) {
            return Json.array(delivered, "records");
        }
        if (delivered.isArray()) {
            List<JsonNode> records = new ArrayList<>();
            for (JsonNode element : delivered) {
                records.addAll(
                        element.isArray() || Json.at(element, "records").isArray()
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
            throw new RecordRejectedException("an Entra log record must be a JSON object");
        }
        JsonNode properties = record.has("properties") ? record.path("properties") : record;
        String category = category(record, properties);
        if (EntraCategories.AUDIT_LOGS.equals(category)) {
            return ParsedRecord.of(audit(record, properties));
        }
        EntraCategories.SignInCategory signIn = EntraCategories.SIGN_INS.get(category);
        if (signIn == null) {
            return ParsedRecord.skipped("Entra category " + category + " carries no sign-in or audit meaning");
        }
        return ParsedRecord.of(signIn(record, properties, category, signIn));
    }

    private static String category(JsonNode record, JsonNode properties) {
        String category = Json.text(record, "category");
        if (category != null) {
            return category;
        }
        // Microsoft Graph rows have no category: tell sign-ins from directory audits by their own fields
        if (Json.text(properties, "activityDisplayName") != null) {
            return EntraCategories.AUDIT_LOGS;
        }
        if (Json.text(properties, "createdDateTime") != null) {
            return Boolean.FALSE.equals(Json.bool(properties, "isInteractive"))
                    ? "NonInteractiveUserSignInLogs"
                    : "SignInLogs";
        }
        throw new RecordRejectedException("category is required (SignInLogs, NonInteractiveUserSignInLogs, "
                + "ServicePrincipalSignInLogs, ManagedIdentitySignInLogs or AuditLogs)");
    }

    private SignIn signIn(JsonNode record, JsonNode properties, String category, EntraCategories.SignInCategory rule) {
        String id = requiredId(record, properties);
        Instant createdAt = instant(record, properties, "createdDateTime");
        String login = Json.text(properties, rule.userField());
        if (login == null) {
            throw new RecordRejectedException("properties." + rule.userField() + " is required");
        }
        Principal user = new Principal(
                login,
                rule.principalType() == PrincipalType.USER
                        ? Json.text(properties, "userDisplayName")
                        : Json.text(properties, "appDisplayName"),
                Json.text(properties, rule.rawIdField()),
                rule.principalType());
        Long errorCode = errorCode(record, properties);
        Outcome outcome = errorCode == 0 ? Outcome.SUCCESS : Outcome.FAILURE;
        String clientApp = Json.text(properties, "clientAppUsed");
        Boolean interactive = rule.interactive() != null ? rule.interactive() : Json.bool(properties, "isInteractive");
        return SignIn.builder()
                .source(SOURCE)
                .sourceEventId(id)
                .occurredAt(createdAt)
                .user(user)
                .tenant(Json.firstText(record, "tenantId", "properties.homeTenantId", "properties.resourceTenantId"))
                .kind(SignInKind.LOGIN)
                .eventType(category)
                .outcome(outcome)
                .failureReason(outcome == Outcome.SUCCESS ? null : failureReason(errorCode, properties))
                .mfa(
                        rule.mfaKnown()
                                ? outcome == Outcome.SUCCESS
                                        && MFA_REQUIREMENT.equalsIgnoreCase(
                                                Json.text(properties, "authenticationRequirement"))
                                : null)
                .authMethods(authMethods(properties))
                .protocol(clientApp)
                .ip(Json.ipOrNull(
                        firstNonNull(Json.text(properties, "ipAddress"), Json.text(record, "callerIpAddress"))))
                .device(device(properties))
                .geo(geo(properties))
                .network(Network.fromSource(Json.longValue(properties, "autonomousSystemNumber"), null))
                .application(Json.text(properties, "appDisplayName"))
                .accessPath(accessPath(rule, clientApp))
                .sessionId(Json.text(properties, "sessionId"))
                .interactive(interactive)
                .raw(record.toString())
                .build();
    }

    /** Legacy protocols are flagged whatever the category; otherwise the category, then the client app, decides. */
    private static AccessPath accessPath(EntraCategories.SignInCategory rule, @Nullable String clientApp) {
        AccessPath fromClient = EntraCategories.accessPathOf(clientApp);
        if (fromClient == AccessPath.LEGACY_PROTOCOL || rule.accessPath() == null) {
            return fromClient;
        }
        return rule.accessPath();
    }

    private AuditEvent audit(JsonNode record, JsonNode properties) {
        String id = requiredId(record, properties);
        Instant at = instant(record, properties, "activityDateTime");
        String action = Json.firstText(properties, "activityDisplayName", "operationName");
        if (action == null) {
            action = Json.text(record, "operationName");
        }
        if (action == null) {
            throw new RecordRejectedException("properties.activityDisplayName is required");
        }
        String result = Json.text(properties, "result");
        Outcome outcome = result != null && Set.of("failure", "timeout").contains(result.toLowerCase(Locale.ROOT))
                ? Outcome.FAILURE
                : Outcome.SUCCESS;
        return AuditEvent.builder()
                .source(SOURCE)
                .sourceEventId(id)
                .occurredAt(at)
                .actor(initiator(properties))
                .tenant(Json.firstText(record, "tenantId", "properties.tenantId"))
                .ip(Json.ipOrNull(firstNonNull(
                        Json.text(properties, "initiatedBy", "user", "ipAddress"),
                        Json.text(record, "callerIpAddress"))))
                .userAgent(Json.text(properties, "userAgent"))
                .service(Json.text(properties, "loggedByService"))
                .action(action)
                .targets(targets(properties))
                .outcome(outcome)
                .failureReason(outcome == Outcome.SUCCESS ? null : Json.text(properties, "resultReason"))
                .raw(record.toString())
                .build();
    }

    private static Principal initiator(JsonNode properties) {
        JsonNode user = Json.at(properties, "initiatedBy", "user");
        String upn = Json.text(user, "userPrincipalName");
        if (upn != null) {
            return new Principal(upn, Json.text(user, "displayName"), Json.text(user, "id"), PrincipalType.USER);
        }
        JsonNode app = Json.at(properties, "initiatedBy", "app");
        String appName = Json.firstText(app, "displayName", "servicePrincipalName");
        if (appName != null) {
            return new Principal(
                    appName,
                    Json.text(app, "displayName"),
                    Json.firstText(app, "servicePrincipalId", "appId"),
                    PrincipalType.SERVICE_ACCOUNT);
        }
        throw new RecordRejectedException(
                "properties.initiatedBy.user.userPrincipalName or properties.initiatedBy.app.displayName is required");
    }

    /** Each target by its login or display name, plus a role named only inside {@code modifiedProperties}. */
    private static List<String> targets(JsonNode properties) {
        Set<String> targets = new LinkedHashSet<>();
        for (JsonNode resource : Json.array(properties, "targetResources")) {
            String name = Json.firstText(resource, "userPrincipalName", "displayName", "id");
            if (name != null) {
                targets.add(name);
            }
            for (JsonNode modified : Json.array(resource, "modifiedProperties")) {
                if ("Role.DisplayName".equals(Json.text(modified, "displayName"))) {
                    String role = jsonString(Json.text(modified, "newValue"));
                    if (role != null) {
                        targets.add(role);
                    }
                }
            }
        }
        return List.copyOf(targets);
    }

    /** Entra writes modified values as JSON text ({@code "\"Global Administrator\""}); plain text is kept as is. */
    private static @Nullable String jsonString(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(value);
            return node.isString() ? Json.text(node) : value;
        } catch (JacksonException e) {
            return value;
        }
    }

    private static String requiredId(JsonNode record, JsonNode properties) {
        String id = Json.text(properties, "id");
        if (id == null) {
            id = Json.text(record, "id");
        }
        if (id == null) {
            throw new RecordRejectedException("properties.id is required");
        }
        return id;
    }

    private static Instant instant(JsonNode record, JsonNode properties, String field) {
        String text = Json.text(properties, field);
        if (text != null) {
            return Json.parseInstant(text, "properties." + field);
        }
        return Json.requiredInstant(record, "properties." + field, "time");
    }

    private static Long errorCode(JsonNode record, JsonNode properties) {
        Long code = Json.longValue(properties, "status", "errorCode");
        if (code == null) {
            code = Json.longValue(record, "resultType");
        }
        if (code == null) {
            throw new RecordRejectedException("properties.status.errorCode is required");
        }
        return code;
    }

    /** The error code first (it is what Microsoft documents), then the text. */
    private static String failureReason(long errorCode, JsonNode properties) {
        String text = Json.text(properties, "status", "failureReason");
        return text == null ? Long.toString(errorCode) : errorCode + ": " + text;
    }

    private static List<String> authMethods(JsonNode properties) {
        Set<String> methods = new LinkedHashSet<>();
        for (JsonNode step : Json.array(properties, "authenticationDetails")) {
            String method = Json.text(step, "authenticationMethod");
            if (method != null) {
                methods.add(method);
            }
        }
        return List.copyOf(methods);
    }

    private static Device device(JsonNode properties) {
        JsonNode detail = Json.at(properties, "deviceDetail");
        String userAgent = Json.text(properties, "userAgent");
        String deviceId = Json.text(detail, "deviceId");
        String os = Json.text(detail, "operatingSystem");
        String browser = Json.text(detail, "browser");
        Boolean managed = Json.bool(detail, "isManaged");
        Boolean compliant = Json.bool(detail, "isCompliant");
        Boolean managedOrCompliant = managed == null && compliant == null
                ? null
                : Boolean.TRUE.equals(managed) || Boolean.TRUE.equals(compliant);
        if (userAgent == null && deviceId == null && os == null && browser == null && managedOrCompliant == null) {
            return Device.UNKNOWN;
        }
        return new Device(userAgent, deviceId, os, browser, null, managedOrCompliant);
    }

    private static Geo geo(JsonNode properties) {
        JsonNode location = Json.at(properties, "location");
        return Geo.fromSource(
                Countries.toIso(Json.text(location, "countryOrRegion")),
                Json.text(location, "state"),
                Json.text(location, "city"),
                Json.number(location, "geoCoordinates", "latitude"),
                Json.number(location, "geoCoordinates", "longitude"));
    }

    private static @Nullable String firstNonNull(@Nullable String first, @Nullable String second) {
        return first != null ? first : second;
    }
}
