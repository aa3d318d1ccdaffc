package io.loginwatch.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Partitions and retention of raw events ({@code loginwatch.retention.*}).
 *
 * @param enabled whether the partition job runs at all (default true)
 * @param period raw sign-ins and audit events older than this are deleted, a month partition at a time, once the whole
 *     month is older (default 400d: a year plus a month of margin for year-over-year questions)
 * @param monthsAhead monthly partitions kept ready beyond the current month (default 3)
 * @param interval how often the job runs; it also runs once at start-up (default 6h)
 */
@Validated
@ConfigurationProperties("loginwatch.retention")
record RetentionProperties(
        @DefaultValue("true") boolean enabled,

        @DefaultValue("400d") @NotNull @DurationMin(days = 1)
        Duration period,

        @DefaultValue("3") @Min(0) @Max(120) int monthsAhead,

        @DefaultValue("6h") @NotNull @DurationMin(seconds = 1)
        Duration interval) {}
