package io.loginwatch.detection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the engine every {@code loginwatch.detection.interval} (default 30 s). */
@Component
@ConditionalOnProperty(name = "loginwatch.detection.scheduler-enabled", havingValue = "true", matchIfMissing = true)
class EngineScheduler {

    private static final Logger log = LoggerFactory.getLogger(EngineScheduler.class);

    private final DetectionEngine engine;

    EngineScheduler(DetectionEngine engine) {
        this.engine = engine;
    }

    @Scheduled(
            fixedDelayString = "${loginwatch.detection.interval:30s}",
            initialDelayString = "${loginwatch.detection.interval:30s}")
    void run() {
        try {
            engine.run(false);
        } catch (RuntimeException e) {
            log.error("Scheduled engine run failed; pending sign-ins stay queued for the next run", e);
        }
    }
}
