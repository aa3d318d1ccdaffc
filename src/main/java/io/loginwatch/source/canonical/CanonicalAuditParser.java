package io.loginwatch.source.canonical;

import static io.loginwatch.source.canonical.CanonicalFields.*;

import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.source.Json;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.RecordRejectedException;
import io.loginwatch.source.SourceParser;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Canonical audit records ({@code POST /api/v1/events/audit}). Required: occurredAt, user, action. Optional: eventId,
 * source, ip, userAgent, sessionId, accessKeyId, service, target (string or array), outcome (default SUCCESS),
 * failureReason, mfa, tenant, principalType.
 */
public final class CanonicalAuditParser implements SourceParser {

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
        String action = requiredText(record, "action");
        Outcome outcome = enumValue(record, "outcome", Outcome.class);
        PrincipalType principalType = enumValue(record, "principalType", PrincipalType.class);
        AuditEvent event = AuditEvent.builder()
                .source(CanonicalFields.source(record))
                .sourceEventId(eventId(record))
                .occurredAt(Json.requiredInstant(record, "occurredAt", "occurredAt"))
                .actor(new Principal(user, null, null, principalType == null ? PrincipalType.USER : principalType))
                .tenant(Json.text(record, "tenant"))
                .ip(ip(record))
                .userAgent(Json.text(record, "userAgent"))
                .sessionId(Json.text(record, "sessionId"))
                .accessKeyId(Json.text(record, "accessKeyId"))
                .service(Json.text(record, "service"))
                .action(action)
                .targets(targets(record.path("target")))
                .outcome(outcome == null ? Outcome.SUCCESS : outcome)
                .failureReason(Json.text(record, "failureReason"))
                .mfa(bool(record, "mfa"))
                .raw(record.toString())
                .build();
        return ParsedRecord.of(event);
    }

    private static List<String> targets(JsonNode target) {
        List<String> targets = new ArrayList<>();
        if (target.isArray()) {
            for (JsonNode item : target) {
                if (!item.isString()) {
                    throw new RecordRejectedException("target must be a string or an array of strings");
                }
                targets.add(item.asString());
            }
        } else if (target.isString()) {
            targets.add(target.asString());
        } else if (!target.isMissingNode() && !target.isNull()) {
            throw new RecordRejectedException("target must be a string or an array of strings");
        }
        return targets;
    }
}
