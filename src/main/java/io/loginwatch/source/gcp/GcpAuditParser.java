package io.loginwatch.source.gcp;

import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.source.Json;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.RecordRejectedException;
import io.loginwatch.source.SourceParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * GCP Cloud Audit Logs: {@code LogEntry} objects with a {@code google.cloud.audit.AuditLog} payload, bare, in an array
 * (NDJSON lines arrive one by one), or inside a Pub/Sub push request
 * ({@code {"message":{"data":"<base64 LogEntry>","messageId":...,"attributes":{...}},"subscription":...}}).
 *
 * <p>Every entry is an audit event (GCP sign-ins live in Workspace / the IdP). The dedupe key is {@code insertId}; the
 * Pub/Sub {@code messageId} is not.
 */
public final class GcpAuditParser implements SourceParser {

    public static final String SOURCE = "gcp-audit";

    private static final String AUDIT_LOG_TYPE = "type.googleapis.com/google.cloud.audit.AuditLog";

    /** Google front ends append this to the caller's user agent, once per hop. */
    private static final Pattern FRONT_END_SUFFIX = Pattern.compile("(,gzip\\(gfe\\))+$");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** {@code google.rpc.Code} names, for failure reasons such as {@code 7 (PERMISSION_DENIED)}. */
    private static final Map<Long, String> STATUS_CODES = Map.ofEntries(
            Map.entry(1L, "CANCELLED"),
            Map.entry(2L, "UNKNOWN"),
            Map.entry(3L, "INVALID_ARGUMENT"),
            Map.entry(4L, "DEADLINE_EXCEEDED"),
            Map.entry(5L, "NOT_FOUND"),
            Map.entry(6L, "ALREADY_EXISTS"),
            Map.entry(7L, "PERMISSION_DENIED"),
            Map.entry(8L, "RESOURCE_EXHAUSTED"),
            Map.entry(9L, "FAILED_PRECONDITION"),
            Map.entry(10L, "ABORTED"),
            Map.entry(11L, "OUT_OF_RANGE"),
            Map.entry(12L, "UNIMPLEMENTED"),
            Map.entry(13L, "INTERNAL"),
            Map.entry(14L, "UNAVAILABLE"),
            Map.entry(15L, "DATA_LOSS"),
            Map.entry(16L, "UNAUTHENTICATED"));

    /** Resource types whose label names the resource better than the numeric {@code resourceName} does. */
    private static final Map<String, String> NAMING_LABELS = Map.of("service_account", "email_id");

    /** {@code principalSubject} prefixes stripped when it stands in for a missing {@code principalEmail}. */
    private static final List<String> SUBJECT_PREFIXES = List.of("user:", "serviceAccount:");

    /** Metadata deltas (GCE instance and project metadata): which key list, and the verb its keys get as targets. */
    private static final List<MetadataChange> METADATA_CHANGES = List.of(
            new MetadataChange("addedMetadataKeys", "added"),
            new MetadataChange("modifiedMetadataKeys", "modified"),
            new MetadataChange("deletedMetadataKeys", "deleted"));

    private static final List<String> METADATA_DELTAS = List.of("instanceMetadataDelta", "projectMetadataDelta");

    private final ObjectMapper mapper;

    /** With Jackson's shared default mapper for decoding Pub/Sub message data. */
    public GcpAuditParser() {
        this(JsonMapper.shared());
    }

    public GcpAuditParser(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

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

    private void collect(JsonNode node, List<JsonNode> records) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, records));
        } else if (isPubSubPush(node)) {
            collect(decode(node.path("message")), records);
        } else {
            records.add(node);
        }
    }

    private static boolean isPubSubPush(JsonNode node) {
        return node.isObject()
                && node.path("message").isObject()
                && !node.has("protoPayload")
                && (node.has("subscription") || node.path("message").has("data"));
    }

    private JsonNode decode(JsonNode message) {
        String messageId = Json.firstText(message, "messageId", "message_id");
        String where = messageId == null ? "Pub/Sub message" : "Pub/Sub message " + messageId;
        String data = Json.text(message, "data");
        if (data == null) {
            throw new RecordRejectedException(where + ": message.data is required (the base64 LogEntry)");
        }
        byte[] bytes;
        try {
            bytes = base64(data);
        } catch (IllegalArgumentException e) {
            throw new RecordRejectedException(where + ": message.data is not valid base64 (" + e.getMessage() + ")", e);
        }
        try {
            return mapper.readTree(bytes);
        } catch (JacksonException e) {
            throw new RecordRejectedException(
                    where + ": message.data does not decode to JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** Strict standard base64, or URL-safe base64 when the text uses that alphabet; line breaks are ignored. */
    private static byte[] base64(String data) {
        String compact = WHITESPACE.matcher(data).replaceAll("");
        boolean urlSafe = compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0;
        byte[] bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(compact);
        if (bytes.length == 0) {
            throw new IllegalArgumentException("it decodes to nothing");
        }
        return bytes;
    }

    @Override
    public ParsedRecord parse(JsonNode record) {
        if (!record.isObject()) {
            throw new RecordRejectedException("a LogEntry must be a JSON object");
        }
        JsonNode payload = record.path("protoPayload");
        String payloadType = Json.text(payload, "@type");
        if (!payload.isObject() || (payloadType != null && !AUDIT_LOG_TYPE.equals(payloadType))) {
            return ParsedRecord.skipped(
                    "not a Cloud Audit Logs entry (no protoPayload of type " + AUDIT_LOG_TYPE + ")");
        }
        String insertId = Json.text(record, "insertId");
        if (insertId == null) {
            throw new RecordRejectedException("insertId is required");
        }
        Instant time = Json.requiredInstant(record, "timestamp", "timestamp");
        Principal actor = actor(payload);
        if (actor == null) {
            String logName = Json.text(record, "logName");
            if (logName != null && logName.endsWith("%2Fsystem_event")) {
                return ParsedRecord.skipped("system event: performed by Google, no actor");
            }
            throw new RecordRejectedException("protoPayload.authenticationInfo.principalEmail is required");
        }
        String method = Json.text(payload, "methodName");
        if (method == null) {
            throw new RecordRejectedException("protoPayload.methodName is required");
        }
        Long code = Json.longValue(payload, "status", "code");
        boolean failed = code != null && code != 0;
        return ParsedRecord.of(AuditEvent.builder()
                .source(SOURCE)
                .sourceEventId(insertId)
                .occurredAt(time)
                .actor(actor)
                .tenant(Json.text(record, "resource", "labels", "project_id"))
                .ip(Json.ipOrNull(Json.text(payload, "requestMetadata", "callerIp")))
                .userAgent(userAgent(Json.text(payload, "requestMetadata", "callerSuppliedUserAgent")))
                .accessKeyId(Json.text(payload, "authenticationInfo", "serviceAccountKeyName"))
                .service(Json.text(payload, "serviceName"))
                .action(method)
                .targets(targets(record, payload))
                .outcome(failed ? Outcome.FAILURE : Outcome.SUCCESS)
                .failureReason(failed ? code + " (" + STATUS_CODES.getOrDefault(code, "UNKNOWN") + ")" : null)
                .raw(record.toString())
                .build());
    }

    private static @Nullable Principal actor(JsonNode payload) {
        String email = Json.text(payload, "authenticationInfo", "principalEmail");
        String subject = Json.text(payload, "authenticationInfo", "principalSubject");
        String name = email != null ? email : withoutSubjectPrefix(subject);
        if (name == null) {
            return null;
        }
        boolean serviceAccount = name.toLowerCase(Locale.ROOT).endsWith(".gserviceaccount.com")
                || (subject != null && subject.startsWith("serviceAccount:"));
        return new Principal(name, null, subject, serviceAccount ? PrincipalType.SERVICE_ACCOUNT : PrincipalType.USER);
    }

    private static @Nullable String withoutSubjectPrefix(@Nullable String subject) {
        if (subject == null) {
            return null;
        }
        for (String prefix : SUBJECT_PREFIXES) {
            if (subject.startsWith(prefix) && subject.length() > prefix.length()) {
                return subject.substring(prefix.length());
            }
        }
        return subject;
    }

    private static @Nullable String userAgent(@Nullable String agent) {
        if (agent == null) {
            return null;
        }
        String cleaned = FRONT_END_SUFFIX.matcher(agent).replaceFirst("").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * The resource acted on (by its label name where the resource name is only a number), then what changed on it:
     * IAM binding deltas ({@code ADD roles/owner user:x}) and metadata keys ({@code added ssh-keys}).
     */
    private static List<String> targets(JsonNode record, JsonNode payload) {
        Set<String> targets = new LinkedHashSet<>();
        String resourceType = Json.text(record, "resource", "type");
        String label = resourceType == null ? null : NAMING_LABELS.get(resourceType);
        String primary = label == null
                ? Json.text(payload, "resourceName")
                : Json.firstText(record, "resource.labels." + label, "protoPayload.resourceName");
        if (primary != null) {
            targets.add(primary);
        }
        for (String container : List.of("serviceData", "metadata")) {
            for (JsonNode delta : Json.array(payload, container, "policyDelta", "bindingDeltas")) {
                String action = Json.text(delta, "action");
                String role = Json.text(delta, "role");
                String member = Json.text(delta, "member");
                if (role != null) {
                    targets.add(Stream.of(action, role, member)
                            .filter(Objects::nonNull)
                            .collect(Collectors.joining(" ")));
                }
            }
        }
        for (String delta : METADATA_DELTAS) {
            for (MetadataChange change : METADATA_CHANGES) {
                for (JsonNode key : Json.array(payload, "metadata", delta, change.keys())) {
                    String name = Json.text(key);
                    if (name != null) {
                        targets.add(change.verb() + " " + name);
                    }
                }
            }
        }
        return List.copyOf(targets);
    }

    private record MetadataChange(String keys, String verb) {}
}
