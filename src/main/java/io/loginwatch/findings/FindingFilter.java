package io.loginwatch.findings;

import io.loginwatch.shared.Severity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Filters of the findings list; every one optional. */
record FindingFilter(
        @Nullable String user,
        @Nullable Severity minSeverity,
        @Nullable String signal,
        @Nullable FindingStatus status,
        @Nullable String source,
        @Nullable Instant since,
        @Nullable Instant until) {}
