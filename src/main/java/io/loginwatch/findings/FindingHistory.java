package io.loginwatch.findings;

import io.loginwatch.detection.Assessment;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Entries of a finding's change log: when and why it was raised, escalated or triaged. */
final class FindingHistory {

    private FindingHistory() {}

    static Map<String, Object> raised(Instant at, Assessment assessment) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", at.toString());
        entry.put("change", "RAISED");
        entry.put("score", assessment.score());
        entry.put("severity", assessment.severity().name());
        entry.put("by", "engine");
        return entry;
    }

    static Map<String, Object> triaged(Instant at, String by, String what) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", at.toString());
        entry.put("change", "TRIAGED");
        entry.put("detail", what);
        entry.put("by", by);
        return entry;
    }
}
