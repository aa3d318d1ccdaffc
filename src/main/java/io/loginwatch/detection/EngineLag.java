package io.loginwatch.detection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far the engine is behind ingest: pending sign-ins and the age of the oldest. Reported as the {@code engine}
 * health component and as the gauges {@code loginwatch.engine.pending} and {@code loginwatch.engine.lag} (seconds).
 * A lagging engine does not make the instance unhealthy: ingest keeps accepting and nothing is lost. A failed last run
 * does ({@code DOWN} with the error), because findings are then not being raised; liveness and readiness probes
 * ({@code /actuator/health/liveness}, {@code /readiness}) are not affected.
 */
@Component("engine")
class EngineLag implements HealthIndicator {

    private final JdbcClient jdbc;
    private final Clock clock;

    EngineLag(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("loginwatch.engine.pending", this, lag -> lag.pending())
                .description("sign-ins stored but not scored yet")
                .register(registry);
        Gauge.builder("loginwatch.engine.lag", this, lag -> lag.lag().toMillis() / 1000.0)
                .description("age of the oldest sign-in waiting to be scored, in seconds")
                .baseUnit("seconds")
                .register(registry);
    }

    long pending() {
        return jdbc.sql("select count(*) from sign_in_pending")
                .query(Long.class)
                .single();
    }

    Duration lag() {
        Instant oldest = jdbc.sql("select min(s.received_at) from sign_in_pending p join sign_in s"
                        + " on s.id = p.sign_in_id and s.occurred_at = p.occurred_at")
                .query(java.sql.Timestamp.class)
                .optional()
                .map(java.sql.Timestamp::toInstant)
                .orElse(null);
        return oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pending", pending());
        details.put("lagSeconds", lag().toSeconds());
        Map<String, Object> state = jdbc.sql("select last_run_finished_at, last_error from engine_state where id = 1")
                .query()
                .singleRow();
        if (state.get("last_run_finished_at") != null) {
            details.put("lastRunFinishedAt", state.get("last_run_finished_at").toString());
        }
        Object lastError = state.get("last_error");
        if (lastError != null) {
            // the last run failed: ingest still works and nothing is lost, but findings are not being raised
            details.put("lastError", lastError);
            return Health.down().withDetails(details).build();
        }
        return Health.up().withDetails(details).build();
    }
}
