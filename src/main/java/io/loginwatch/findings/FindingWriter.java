package io.loginwatch.findings;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.BehaviorModel;
import io.loginwatch.detection.DetectedFinding;
import io.loginwatch.detection.SignInsAssessed;
import io.loginwatch.detection.Signal;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Persists the engine's findings inside its batch transaction; a finding per sign-in, never two. */
@Component
class FindingWriter {

    private static final String INSERT = "insert into finding (sign_in_id, sign_in_occurred_at, user_name, source,"
            + " source_event_id, score, severity, severity_rank, status, signal_types, signals, explanation, sign_in,"
            + " history, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?::text[], ?::jsonb, ?,"
            + " ?::jsonb, ?::jsonb, ?, ?) on conflict (sign_in_id) do nothing";

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final SuppressionRuleRepository suppressionRules;
    private final BehaviorModel model;

    FindingWriter(
            JdbcTemplate jdbc,
            ObjectMapper mapper,
            Clock clock,
            MeterRegistry metrics,
            SuppressionRuleRepository suppressionRules,
            BehaviorModel model) {
        this.jdbc = jdbc;
        this.suppressionRules = suppressionRules;
        this.model = model;
        this.mapper = mapper;
        this.clock = clock;
        this.metrics = metrics;
    }

    @EventListener
    void on(SignInsAssessed assessed) {
        if (assessed.findings().isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Suppressions suppressions = new Suppressions(suppressionRules.findAll());
        List<Object[]> rows = new ArrayList<>();
        for (DetectedFinding finding : assessed.findings()) {
            var signIn = finding.signIn().signIn();
            var assessment = suppress(finding, suppressions);
            if (assessment == null) {
                metrics.counter("loginwatch.findings.suppressed").increment();
                continue;
            }
            String types = assessment.signals().stream()
                    .map(signal -> signal.type().name())
                    .collect(java.util.stream.Collectors.joining(",", "{", "}"));
            List<Signal> signals = assessment.signals();
            rows.add(new Object[] {
                finding.signIn().id(),
                Timestamp.from(signIn.occurredAt()),
                signIn.user().name(),
                signIn.source(),
                signIn.sourceEventId(),
                assessment.score(),
                assessment.severity().name(),
                assessment.severity().ordinal(),
                types,
                mapper.writeValueAsString(signals),
                assessment.explanation(),
                mapper.writeValueAsString(SignInSnapshot.of(finding.signIn().id(), signIn)),
                mapper.writeValueAsString(List.of(FindingHistory.raised(clock.instant(), assessment))),
                now,
                now
            });
            metrics.counter(
                            "loginwatch.findings.raised",
                            "severity",
                            assessment.severity().name())
                    .increment();
        }
        jdbc.batchUpdate(INSERT, rows);
    }

    /** The assessment without suppressed signals, rescored; null when nothing is left. */
    private @Nullable Assessment suppress(DetectedFinding finding, Suppressions suppressions) {
        Assessment assessment = finding.assessment();
        List<Signal> remaining =
                suppressions.remaining(finding.signIn().signIn(), assessment.signals(), clock.instant());
        if (remaining.size() == assessment.signals().size()) {
            return assessment;
        }
        if (remaining.isEmpty()) {
            return null;
        }
        int score = model.score(remaining);
        String explanation = remaining.stream().map(Signal::summary).collect(java.util.stream.Collectors.joining(" "));
        return new Assessment(remaining, score, model.severity(score), explanation);
    }
}
