package io.loginwatch.detection;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Engine settings ({@code loginwatch.detection.*}).
 *
 * @param interval how often the scheduled engine runs (default 30s)
 * @param batchSize sign-ins scored per transaction (default 5000)
 * @param learningSignIns no novelty alerts before the user's n-th successful sign-in (default 10)
 * @param learningPeriod ... nor before this much history (default 7 days)
 * @param travelSpeedKmh speed above which travel between consecutive sign-ins is impossible (default 900 km/h)
 * @param travelMinDistanceKm shorter hops never count as impossible travel (default 500 km)
 */
@Validated
@ConfigurationProperties("loginwatch.detection")
public record DetectionProperties(
        @DefaultValue("30s") @NotNull Duration interval,
        @DefaultValue("true") boolean schedulerEnabled,
        @DefaultValue("5000") @Positive int batchSize,
        @DefaultValue("10") @Min(0) int learningSignIns,
        @DefaultValue("7d") @NotNull Duration learningPeriod,
        @DefaultValue("900") @Positive double travelSpeedKmh,
        @DefaultValue("500") @Positive double travelMinDistanceKm) {

    public static DetectionProperties defaults() {
        return new DetectionProperties(Duration.ofSeconds(30), true, 5000, 10, Duration.ofDays(7), 900, 500);
    }
}
