package io.loginwatch.ingest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Ingest limits ({@code loginwatch.ingest.*}).
 *
 * @param maxBodySize largest accepted body, after gzip decompression (default 32MB); larger bodies get 413
 * @param maxRecords most records in one batch (default 100000); more get 413
 * @param maxConcurrentRequests ingest requests processed at once; each may hold a decompressed body and its records in
 *     memory (default 4)
 * @param permitWait how long a request waits for one of those slots before it is answered 503 (default 5s)
 * @param retryAfter the {@code Retry-After} sent with 503 when ingest is saturated or the database is slow or down
 *     (default 5s)
 */
@Validated
@ConfigurationProperties("loginwatch.ingest")
record IngestProperties(
        @DefaultValue("32MB") @NotNull DataSize maxBodySize,
        @DefaultValue("100000") @Positive int maxRecords,
        @DefaultValue("4") @Positive @Max(1000) int maxConcurrentRequests,
        @DefaultValue("5s") @NotNull Duration permitWait,

        @DefaultValue("5s") @NotNull @DurationMin(seconds = 1)
        Duration retryAfter) {}
