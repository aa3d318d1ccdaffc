package io.loginwatch.detection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Engine status (analyst) and run-now trigger (admin). */
@RestController
@RequestMapping("/api/v1/engine")
@Tag(name = "Engine")
class EngineController {

    private final DetectionEngine engine;
    private final JdbcClient jdbc;

    EngineController(DetectionEngine engine, JdbcClient jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    @PostMapping("/runs")
    @Operation(summary = "Run the engine now over everything pending; returns when the run is done")
    EngineRun runNow() {
        return engine.run(true);
    }

    @GetMapping
    @Operation(summary = "Engine status: last run, totals, pending sign-ins and lag")
    Map<String, Object> status() {
        return jdbc.sql("select e.last_run_started_at as \"lastRunStartedAt\", e.last_run_finished_at as"
                        + " \"lastRunFinishedAt\", e.last_run_scored as \"lastRunScored\", e.last_run_findings as"
                        + " \"lastRunFindings\", e.total_scored as \"totalScored\", e.watermark, e.last_error as \"lastError\","
                        + " (select count(*) from sign_in_pending) as pending,"
                        + " (select min(s.received_at) from sign_in_pending p join sign_in s on s.id = p.sign_in_id"
                        + " and s.occurred_at = p.occurred_at) as \"oldestPendingReceivedAt\""
                        + " from engine_state e where e.id = 1")
                .query()
                .singleRow();
    }
}
