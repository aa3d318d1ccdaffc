package io.loginwatch.findings;

import io.loginwatch.detection.SignalType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A new suppression rule: at least one of user, signal, network (CIDR) and source, and a reason.
 *
 * @param expiresAt when the rule stops applying; null for never
 */
record SuppressionRequest(
        @Nullable @Size(max = 320) String user,
        @Nullable SignalType signal,
        @Nullable @Size(max = 64) String network,
        @Nullable @Size(max = 64) String source,
        @NotBlank @Size(max = 2000) String reason,
        @Nullable Instant expiresAt) {}
