package io.loginwatch.scenario;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One canonical audit record ({@code POST /api/v1/events/audit}). */
public record AuditRecord(
        String eventId,
        Instant occurredAt,
        String user,
        String action,
        String service,
        @Nullable String ip,
        @Nullable String sessionId,
        @Nullable String target,
        String principalType) {

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eventId", eventId);
        json.put("occurredAt", occurredAt.toString());
        json.put("user", user);
        json.put("action", action);
        json.put("service", service);
        if (ip != null) {
            json.put("ip", ip);
        }
        if (sessionId != null) {
            json.put("sessionId", sessionId);
        }
        if (target != null) {
            json.put("target", target);
        }
        json.put("principalType", principalType);
        json.put("outcome", "SUCCESS");
        return json;
    }
}
