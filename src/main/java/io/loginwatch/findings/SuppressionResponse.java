package io.loginwatch.findings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A suppression rule on the wire. */
record SuppressionResponse(
        @Nullable Long id,
        @Nullable String user,
        @Nullable String signal,
        @Nullable String network,
        @Nullable String source,
        String reason,
        String createdBy,
        Instant createdAt,
        @Nullable Instant expiresAt) {}
