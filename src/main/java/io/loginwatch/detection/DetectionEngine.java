package io.loginwatch.detection;

import io.loginwatch.baseline.Baseline;
import io.loginwatch.baseline.BaselineRepository;
import io.loginwatch.baseline.OrgProfile;
import io.loginwatch.events.PendingSignIns;
import io.loginwatch.events.StoredSignIn;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores pending sign-ins in time order, one batch per transaction. A transaction-scoped PostgreSQL advisory lock
 * makes batches from several replicas take turns; if a replica dies mid-batch its transaction rolls back, its lock
 * is released, and the batch stays pending for the next run. After the sign-ins, each {@link EngineStep} (correlation)
 * drains its own queue the same way.
 */
@Service
public class DetectionEngine {

    private static final Logger log = LoggerFactory.getLogger(DetectionEngine.class);
    /** Advisory lock key: "LWENGINE". */
    private static final long ENGINE_LOCK = 0x4c57454e47494e45L;

    private final PendingSignIns pending;
    private final BaselineRepository baselines;
    private final BehaviorModel model;
    private final DetectionProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final EngineMetrics metrics;
    private final Clock clock;
    private final List<EngineStep> steps;

    DetectionEngine(
            PendingSignIns pending,
            BaselineRepository baselines,
            BehaviorModel model,
            DetectionProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            EngineMetrics metrics,
            Clock clock,
            ObjectProvider<EngineStep> steps) {
        this.pending = pending;
        this.baselines = baselines;
        this.model = model;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.clock = clock;
        this.steps = steps.orderedStream().toList();
    }

    /**
     * Scores everything pending.
     *
     * @param wait whether to wait for another instance's batch to finish (run-now) or give up (scheduled runs)
     */
    public EngineRun run(boolean wait) {
        try {
            return runBatches(wait);
        } catch (RuntimeException e) {
            recordFailure(e);
            throw e;
        }
    }

    private EngineRun runBatches(boolean wait) {
        Instant started = clock.instant();
        long scored = 0;
        long findings = 0;
        int batches = 0;
        boolean ran = false;
        while (true) {
            BatchResult batch = transactions.execute(status -> scoreBatch(wait));
            if (batch == null || !batch.locked()) {
                break;
            }
            ran = true;
            if (batch.scored() == 0) {
                break;
            }
            batches++;
            scored += batch.scored();
            findings += batch.findings();
            if (batch.scored() < properties.batchSize()) {
                break;
            }
        }
        for (EngineStep step : steps) {
            ran |= drain(step, wait);
        }
        Instant finished = clock.instant();
        if (ran) {
            recordRun(started, finished, scored, findings);
            metrics.recordRun(scored, findings, java.time.Duration.between(started, finished));
            if (scored > 0) {
                log.info("Engine scored {} sign-ins in {} batches, {} findings", scored, batches, findings);
            }
        }
        return new EngineRun(ran, scored, findings, batches, started, finished);
    }

    private BatchResult scoreBatch(boolean wait) {
        if (!lock(wait)) {
            return new BatchResult(false, 0, 0);
        }
        List<StoredSignIn> batch = pending.next(properties.batchSize());
        if (batch.isEmpty()) {
            return new BatchResult(true, 0, 0);
        }
        Map<String, Baseline> known = baselines.load(
                batch.stream().map(s -> s.signIn().user().name()).distinct().toList());
        Map<String, Baseline> touched = new LinkedHashMap<>();
        OrgProfile org = baselines.loadOrg();
        List<DetectedFinding> detected = new ArrayList<>();
        for (StoredSignIn stored : batch) {
            String user = stored.signIn().user().name();
            Baseline baseline = touched.computeIfAbsent(user, u -> known.getOrDefault(u, Baseline.empty(u)));
            Assessment assessment = model.assess(stored.signIn(), baseline, org);
            model.learn(stored.signIn(), baseline, org);
            if (assessment.isSuspicious()) {
                detected.add(new DetectedFinding(stored, assessment));
            }
        }
        Instant now = clock.instant();
        events.publishEvent(new SignInsAssessed(detected));
        steps.forEach(step -> step.afterSignIns(batch, detected));
        baselines.saveAll(touched.values(), now);
        baselines.saveOrg(org, now);
        pending.remove(batch);
        Instant watermark = batch.get(batch.size() - 1).signIn().occurredAt();
        jdbc.sql("update engine_state set total_scored = total_scored + :n,"
                        + " watermark = greatest(coalesce(watermark, :w), :w) where id = 1")
                .param("n", batch.size())
                .param("w", java.sql.Timestamp.from(watermark))
                .update();
        return new BatchResult(true, batch.size(), detected.size());
    }

    /** Runs one step's queue to empty, one batch per transaction; false when the lock was not had. */
    private boolean drain(EngineStep step, boolean wait) {
        boolean ran = false;
        while (true) {
            Integer processed = transactions.execute(status -> lock(wait) ? step.drain(properties.batchSize()) : -1);
            if (processed == null || processed < 0) {
                return ran;
            }
            ran = true;
            if (processed < properties.batchSize()) {
                return ran;
            }
        }
    }

    private boolean lock(boolean wait) {
        if (wait) {
            jdbc.sql("select pg_advisory_xact_lock(:key)")
                    .param("key", ENGINE_LOCK)
                    .query()
                    .singleRow();
            return true;
        }
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                .param("key", ENGINE_LOCK)
                .query(Boolean.class)
                .single());
    }

    private void recordFailure(RuntimeException e) {
        metrics.recordFailure();
        try {
            jdbc.sql("update engine_state set last_error = :error where id = 1")
                    .param("error", clock.instant() + " " + e.getClass().getSimpleName() + ": " + e.getMessage())
                    .update();
        } catch (RuntimeException recording) {
            e.addSuppressed(recording);
        }
    }

    private void recordRun(Instant started, Instant finished, long scored, long findings) {
        jdbc.sql("update engine_state set last_run_started_at = :s, last_run_finished_at = :f,"
                        + " last_run_scored = :n, last_run_findings = :k, last_error = null where id = 1")
                .param("s", java.sql.Timestamp.from(started))
                .param("f", java.sql.Timestamp.from(finished))
                .param("n", scored)
                .param("k", findings)
                .update();
    }

    private record BatchResult(boolean locked, int scored, int findings) {}
}
