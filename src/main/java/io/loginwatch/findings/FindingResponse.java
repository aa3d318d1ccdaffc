package io.loginwatch.findings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A finding on the wire: verdict, evidence, the sign-in, linked audit events, triage state and history. */
record FindingResponse(
        long id,
        String user,
        String severity,
        int score,
        FindingStatus status,
        @Nullable String assignee,
        Instant createdAt,
        Instant updatedAt,
        List<String> signalTypes,
        JsonNode signals,
        String explanation,
        JsonNode signIn,
        JsonNode linkedAuditEvents,
        JsonNode history,
        @Nullable List<Map<String, Object>> notes) {}
