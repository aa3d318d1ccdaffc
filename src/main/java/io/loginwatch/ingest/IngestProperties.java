package io.loginwatch.ingest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Ingest limits ({@code loginwatch.ingest.*}).
 *
 * @param maxBodySize largest accepted body, after gzip decompression (default 32MB); larger bodies get 413
 * @param maxRecords most records in one batch (default 100000); more get 413
 */
@Validated
@ConfigurationProperties("loginwatch.ingest")
record IngestProperties(
        @DefaultValue("32MB") @NotNull DataSize maxBodySize,
        @DefaultValue("100000") @Positive int maxRecords) {}
