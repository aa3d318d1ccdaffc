package io.loginwatch.source.cloudtrail;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Device;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import io.loginwatch.source.Json;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.RecordRejectedException;
import io.loginwatch.source.SourceParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * AWS CloudTrail records, as delivered in an S3 log file ({@code {"Records":[...]}}), an EventBridge event
 * ({@code detail-type} "AWS ... via CloudTrail", record in {@code detail}), or bare / in an array.
 *
 * <p>{@code ConsoleLogin} and the STS calls that hand out session credentials are sign-ins; every other record is an
 * audit event. The dedupe key is always the record's {@code eventID}, never the EventBridge envelope id.
 */
public final class CloudTrailParser implements SourceParser {

    public static final String SOURCE = "aws-cloudtrail";

    /** EventBridge detail-types that carry a CloudTrail record in {@code detail} all end like this. */
    private static final String EVENTBRIDGE_CLOUDTRAIL_SUFFIX = "via CloudTrail";

    /** Events that establish a session, and the access path when the client is a browser. */
    private static final Map<String, SignInRule> SIGN_INS = Map.of(
            "ConsoleLogin", new SignInRule(SignInKind.LOGIN, AccessPath.CONSOLE, true),
            "AssumeRoleWithSAML", new SignInRule(SignInKind.ROLE_ASSUMPTION, AccessPath.SSO, false),
            "AssumeRoleWithWebIdentity", new SignInRule(SignInKind.ROLE_ASSUMPTION, AccessPath.SSO, false),
            "GetSessionToken", new SignInRule(SignInKind.TOKEN, AccessPath.CONSOLE, false),
            "GetFederationToken", new SignInRule(SignInKind.TOKEN, AccessPath.CONSOLE, false));

    /** {@code userIdentity.type} to principal type and where the canonical name comes from. */
    private static final Map<String, IdentityRule> IDENTITIES = Map.of(
            "IAMUser", new IdentityRule(PrincipalType.IAM_USER, NameFrom.USER_NAME),
            "Root", new IdentityRule(PrincipalType.ROOT, NameFrom.ROOT),
            "AssumedRole", new IdentityRule(PrincipalType.ASSUMED_ROLE, NameFrom.ARN_LAST_SEGMENT),
            "SAMLUser", new IdentityRule(PrincipalType.FEDERATED_USER, NameFrom.USER_NAME),
            "WebIdentityUser", new IdentityRule(PrincipalType.FEDERATED_USER, NameFrom.USER_NAME),
            "FederatedUser", new IdentityRule(PrincipalType.FEDERATED_USER, NameFrom.ARN_LAST_SEGMENT),
            "AWSService", new IdentityRule(PrincipalType.SERVICE, NameFrom.INVOKED_BY));

    /** Where a principal's name is looked for when its type has no rule or the rule's field is absent. */
    private static final List<NameFrom> NAME_FALLBACKS =
            List.of(NameFrom.USER_NAME, NameFrom.ARN_LAST_SEGMENT, NameFrom.PRINCIPAL_ID, NameFrom.INVOKED_BY);

    /** Role assumptions name the federated subject here when userIdentity does not. */
    private static final List<String> ROLE_ASSUMPTION_SUBJECTS = List.of(
            "responseElements.subject",
            "responseElements.subjectFromWebIdentityToken",
            "requestParameters.roleSessionName");

    /** {@code requestParameters} that name what an API call acts on, in the order they become targets. */
    private static final List<String> TARGET_PARAMETERS = List.of(
            "userName",
            "roleName",
            "roleArn",
            "groupName",
            "instanceProfileName",
            "policyArn",
            "bucketName",
            "key",
            "trailName",
            "name",
            "functionName",
            "secretId",
            "keyId",
            "dBInstanceIdentifier",
            "groupId",
            "instanceId",
            "accessKeyId");

    /** User-agent fragments (lower case) of the AWS CLI, SDKs and infrastructure-as-code tools. */
    private static final List<String> CLI_API_AGENTS =
            List.of("aws-cli/", "aws-sdk-", "boto3/", "botocore/", "terraform/", "aws-powershell");

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
        } else if (node.isObject() && node.path("Records").isArray()) {
            node.path("Records").forEach(records::add);
        } else if (isCloudTrailEventBridgeEvent(node)) {
            records.add(node.path("detail"));
        } else {
            records.add(node);
        }
    }

    private static boolean isCloudTrailEventBridgeEvent(JsonNode node) {
        String detailType = Json.text(node, "detail-type");
        return detailType != null
                && detailType.endsWith(EVENTBRIDGE_CLOUDTRAIL_SUFFIX)
                && node.path("detail").isObject();
    }

    @Override
    public ParsedRecord parse(JsonNode record) {
        if (!record.isObject()) {
            throw new RecordRejectedException("a CloudTrail record must be a JSON object");
        }
        String detailType = Json.text(record, "detail-type");
        if (detailType != null) {
            return ParsedRecord.skipped(
                    "EventBridge event of detail-type '" + detailType + "' holds no CloudTrail record");
        }
        if ("AwsCloudTrailInsight".equals(Json.text(record, "eventType"))) {
            return ParsedRecord.skipped("CloudTrail Insights event (an anomaly summary, not an API call)");
        }
        String eventName = required(record, "eventName");
        SignInRule signIn = SIGN_INS.get(eventName);
        return signIn == null
                ? ParsedRecord.of(audit(record, eventName))
                : ParsedRecord.of(signIn(record, eventName, signIn));
    }

    private SignIn signIn(JsonNode record, String eventName, SignInRule rule) {
        boolean roleAssumption = rule.kind() == SignInKind.ROLE_ASSUMPTION;
        String rawId = roleAssumption
                ? Json.firstText(record, "responseElements.assumedRoleUser.arn", "userIdentity.arn")
                : Json.text(record, "userIdentity", "arn");
        Principal user = principal(record, rawId, roleAssumption ? ROLE_ASSUMPTION_SUBJECTS : List.of());
        boolean consoleLogin = "ConsoleLogin".equals(eventName);
        Outcome outcome = consoleLogin ? consoleOutcome(record) : apiOutcome(record);
        Boolean mfa = signInMfa(record, eventName);
        String userAgent = Json.text(record, "userAgent");
        return SignIn.builder()
                .source(SOURCE)
                .sourceEventId(required(record, "eventID"))
                .occurredAt(Json.requiredInstant(record, "eventTime", "eventTime"))
                .user(user)
                .tenant(tenant(record))
                .kind(rule.kind())
                .eventType(eventName)
                .outcome(outcome)
                .failureReason(
                        outcome == Outcome.FAILURE
                                ? (consoleLogin
                                        ? Json.firstText(record, "errorMessage", "errorCode")
                                        : Json.firstText(record, "errorCode", "errorMessage"))
                                : null)
                .mfa(mfa)
                .authMethods(authMethods(record, eventName, user.type(), mfa))
                .ip(Json.ipOrNull(Json.text(record, "sourceIPAddress")))
                .device(Device.of(userAgent, null))
                .application(Json.text(record, "eventSource"))
                .accessPath(rule.consoleOnly() ? rule.browserPath() : accessPath(userAgent, rule.browserPath()))
                .sessionId(Json.text(record, "responseElements", "credentials", "accessKeyId"))
                .interactive(consoleLogin ? Boolean.TRUE : null)
                .raw(record.toString())
                .build();
    }

    private AuditEvent audit(JsonNode record, String eventName) {
        String errorCode = Json.text(record, "errorCode");
        String accessKeyId = Json.text(record, "userIdentity", "accessKeyId");
        return AuditEvent.builder()
                .source(SOURCE)
                .sourceEventId(required(record, "eventID"))
                .occurredAt(Json.requiredInstant(record, "eventTime", "eventTime"))
                .actor(principal(record, Json.text(record, "userIdentity", "arn"), List.of()))
                .tenant(tenant(record))
                .ip(Json.ipOrNull(Json.text(record, "sourceIPAddress")))
                .userAgent(Json.text(record, "userAgent"))
                .sessionId(accessKeyId)
                .accessKeyId(accessKeyId)
                .service(Json.text(record, "eventSource"))
                .action(eventName)
                .targets(targets(record))
                .outcome(errorCode == null ? Outcome.SUCCESS : Outcome.FAILURE)
                .failureReason(errorCode)
                .mfa(Json.bool(record, "userIdentity", "sessionContext", "attributes", "mfaAuthenticated"))
                .raw(record.toString())
                .build();
    }

    private static Principal principal(JsonNode record, @Nullable String rawId, List<String> extraNamePaths) {
        JsonNode identity = record.path("userIdentity");
        if (!identity.isObject()) {
            throw new RecordRejectedException("userIdentity is required");
        }
        String identityType = Json.text(identity, "type");
        IdentityRule rule = identityType == null ? null : IDENTITIES.get(identityType);
        String name = rule == null ? null : rule.nameFrom().read(identity);
        if (name == null && !extraNamePaths.isEmpty()) {
            name = Json.firstText(record, extraNamePaths.toArray(String[]::new));
        }
        for (int i = 0; name == null && i < NAME_FALLBACKS.size(); i++) {
            name = NAME_FALLBACKS.get(i).read(identity);
        }
        if (name == null) {
            throw new RecordRejectedException(
                    "userIdentity names no principal (no userName, arn, principalId or invokedBy)");
        }
        PrincipalType type = rule != null
                ? rule.type()
                : (Json.text(identity, "invokedBy") != null ? PrincipalType.SERVICE : PrincipalType.UNKNOWN);
        return new Principal(name, null, rawId, type);
    }

    private static @Nullable String tenant(JsonNode record) {
        return Json.firstText(record, "recipientAccountId", "userIdentity.accountId");
    }

    private static Outcome consoleOutcome(JsonNode record) {
        String result = Json.text(record, "responseElements", "ConsoleLogin");
        if (result != null) {
            return "Success".equalsIgnoreCase(result) ? Outcome.SUCCESS : Outcome.FAILURE;
        }
        return Json.firstText(record, "errorMessage", "errorCode") == null ? Outcome.SUCCESS : Outcome.FAILURE;
    }

    private static Outcome apiOutcome(JsonNode record) {
        return Json.text(record, "errorCode") == null ? Outcome.SUCCESS : Outcome.FAILURE;
    }

    /**
     * ConsoleLogin says it in {@code additionalEventData.MFAUsed}; GetSessionToken used MFA when it carried a device
     * serial number and succeeded; other calls inherit the calling session's {@code mfaAuthenticated}.
     */
    private static @Nullable Boolean signInMfa(JsonNode record, String eventName) {
        if ("ConsoleLogin".equals(eventName)) {
            String used = Json.text(record, "additionalEventData", "MFAUsed");
            return used == null ? null : "yes".equalsIgnoreCase(used.trim());
        }
        if ("GetSessionToken".equals(eventName)) {
            return Json.text(record, "requestParameters", "serialNumber") != null
                    && Json.text(record, "errorCode") == null;
        }
        return Json.bool(record, "userIdentity", "sessionContext", "attributes", "mfaAuthenticated");
    }

    private static List<String> authMethods(
            JsonNode record, String eventName, PrincipalType type, @Nullable Boolean mfa) {
        List<String> methods = new ArrayList<>();
        switch (eventName) {
            case "ConsoleLogin" -> {
                if (Json.text(record, "additionalEventData", "SamlProviderArn") != null) {
                    methods.add("saml");
                } else if (type == PrincipalType.IAM_USER || type == PrincipalType.ROOT) {
                    methods.add("password");
                }
            }
            case "AssumeRoleWithSAML" -> methods.add("saml");
            case "AssumeRoleWithWebIdentity" -> methods.add("web_identity");
            default -> methods.add("access_key");
        }
        if (Boolean.TRUE.equals(mfa)) {
            methods.add("mfa");
        }
        return methods;
    }

    private static AccessPath accessPath(@Nullable String userAgent, AccessPath browserPath) {
        if (userAgent == null) {
            return AccessPath.UNKNOWN;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        if (CLI_API_AGENTS.stream().anyMatch(agent::contains)) {
            return AccessPath.CLI_API;
        }
        return agent.startsWith("mozilla/") ? browserPath : AccessPath.UNKNOWN;
    }

    private static List<String> targets(JsonNode record) {
        Set<String> targets = new LinkedHashSet<>();
        JsonNode parameters = record.path("requestParameters");
        for (String parameter : TARGET_PARAMETERS) {
            String value = Json.text(parameters, parameter);
            if (value != null) {
                targets.add(value);
            }
        }
        if (targets.isEmpty()) {
            for (JsonNode resource : Json.array(record, "resources")) {
                String arn = Json.text(resource, "ARN");
                if (arn != null) {
                    targets.add(arn);
                }
            }
        }
        return List.copyOf(targets);
    }

    private static String required(JsonNode record, String field) {
        String value = Json.text(record, field);
        if (value == null) {
            throw new RecordRejectedException(field + " is required");
        }
        return value;
    }

    private record SignInRule(SignInKind kind, AccessPath browserPath, boolean consoleOnly) {}

    private record IdentityRule(PrincipalType type, NameFrom nameFrom) {}

    /** The places in {@code userIdentity} a principal's name can come from. */
    private enum NameFrom {
        USER_NAME,
        ROOT,
        ARN_LAST_SEGMENT,
        PRINCIPAL_ID,
        INVOKED_BY;

        @Nullable
        String read(JsonNode identity) {
            return switch (this) {
                case USER_NAME -> Json.text(identity, "userName");
                case ROOT -> "root";
                case ARN_LAST_SEGMENT -> lastSegment(Json.text(identity, "arn"));
                case PRINCIPAL_ID -> Json.text(identity, "principalId");
                case INVOKED_BY -> Json.text(identity, "invokedBy");
            };
        }

        private static @Nullable String lastSegment(@Nullable String arn) {
            if (arn == null) {
                return null;
            }
            int cut = Math.max(arn.lastIndexOf('/'), arn.lastIndexOf(':'));
            String segment = arn.substring(cut + 1);
            return segment.isBlank() ? null : segment;
        }
    }
}
