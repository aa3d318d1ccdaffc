package io.loginwatch.detection;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Engine throughput and run time ({@code loginwatch.engine.*}). */
@Component
class EngineMetrics {

    private final MeterRegistry registry;
    private final Timer runTime;

    EngineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.runTime = Timer.builder("loginwatch.engine.run").register(registry);
    }

    void recordFailure() {
        registry.counter("loginwatch.engine.failures").increment();
    }

    void recordRun(long scored, long findings, Duration duration) {
        runTime.record(duration);
        registry.counter("loginwatch.engine.scored").increment(scored);
        registry.counter("loginwatch.engine.findings").increment(findings);
    }
}
