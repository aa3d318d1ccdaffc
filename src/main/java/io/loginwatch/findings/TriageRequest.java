package io.loginwatch.findings;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A triage update; every field optional.
 *
 * @param status new status
 * @param assignee who owns the finding now (empty string clears it)
 * @param note a note appended to the finding
 */
record TriageRequest(
        @Nullable FindingStatus status,
        @Nullable @Size(max = 200) String assignee,
        @Nullable @Size(max = 10_000) String note) {}
