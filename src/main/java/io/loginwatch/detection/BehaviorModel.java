package io.loginwatch.detection;

import io.loginwatch.baseline.Baseline;
import io.loginwatch.baseline.LearningPolicy;
import io.loginwatch.baseline.OrgProfile;
import io.loginwatch.detection.signals.Detector;
import io.loginwatch.detection.signals.Detectors;
import io.loginwatch.detection.signals.Observation;
import io.loginwatch.detection.signals.SignalSink;
import io.loginwatch.shared.Severity;
import io.loginwatch.shared.SignIn;
import java.time.Instant;
import java.util.List;

/**
 * Scores a sign-in against its user's baseline and the organization profile, then learns from it. Pure: no I/O, no
 * clock (time is the sign-in's own), thread-safe as long as no two threads share one baseline or the profile. The
 * engine feeds every stored sign-in of every kind and outcome in time order and calls {@link #learn} right after
 * {@link #assess}.
 *
 * <p><b>Learning period.</b> Novelty signals (NEW_*, UNUSUAL_HOUR) stay silent while the user's baseline holds fewer
 * than {@code learningSignIns} successful sign-ins or less than {@code learningPeriod} of history since the first one.
 * The other signals (travel, spray, fatigue, brute force, root, replay, anonymizer, MFA, dormancy, service accounts)
 * always apply.
 *
 * <p><b>Late events.</b> A sign-in older than sign-ins already learned is judged for novelty against the baseline as it
 * is now (which may already hold what it brought, so it is not "new" a second time) and for travel against the visit
 * under way at, or last before, its own time — never against a later place.
 *
 * <p><b>Score.</b> Each signal carries a weight (0-100; see {@link DetectionProperties.Weights}); they combine with
 * {@link ScoreCombination} into a score, and the score falls into a severity band: LOW below {@code severityMedium},
 * MEDIUM, HIGH from {@code severityHigh}, CRITICAL from {@code severityCritical}. {@code docs/scoring.md} has a worked
 * example.
 */
public final class BehaviorModel {

    private final DetectionProperties properties;
    private final LearningPolicy policy;
    private final List<Detector> detectors;
    private final long learningPeriodSeconds;

    public BehaviorModel(DetectionProperties properties) {
        this.properties = properties;
        this.policy = properties.learningPolicy();
        this.detectors = Detectors.all(properties);
        this.learningPeriodSeconds = properties.learningPeriod().getSeconds();
    }

    /** Judges the sign-in against the baseline and profile as they are now (before learning from it); mutates nothing. */
    public Assessment assess(SignIn signIn, Baseline baseline, OrgProfile org) {
        Observation observation = new Observation(signIn, baseline, org, isLearning(signIn, baseline));
        SignalSink sink = new SignalSink();
        for (int i = 0, n = detectors.size(); i < n; i++) {
            detectors.get(i).detect(observation, sink);
        }
        if (sink.isEmpty()) {
            return Assessment.NONE;
        }
        List<Signal> signals = sink.signals();
        int score = score(signals);
        return new Assessment(signals, score, severity(score), explain(signals));
    }

    /** Folds the sign-in into the organization profile and the user's baseline (after {@link #assess}). */
    public void learn(SignIn signIn, Baseline baseline, OrgProfile org) {
        org.learn(signIn, baseline, policy);
        baseline.learn(signIn, policy);
    }

    /** Whether novelty signals are still silent for this user at the time of this sign-in. */
    public boolean isLearning(SignIn signIn, Baseline baseline) {
        Instant firstSeen = baseline.firstSeen();
        if (firstSeen == null || baseline.successCount() < properties.learningSignIns()) {
            return true;
        }
        return signIn.occurredAt().getEpochSecond() - firstSeen.getEpochSecond() < learningPeriodSeconds;
    }

    /** Combines signal weights into a 0-100 score, as configured. */
    public int score(List<Signal> signals) {
        if (properties.scoreCombination() == ScoreCombination.SUM) {
            int sum = 0;
            for (Signal signal : signals) {
                sum += signal.weight();
            }
            return Math.min(100, sum);
        }
        double doubt = 1.0;
        for (Signal signal : signals) {
            doubt *= 1.0 - signal.weight() / 100.0;
        }
        return (int) Math.round(100 * (1.0 - doubt));
    }

    /** The severity band of a score. */
    public Severity severity(int score) {
        if (score >= properties.severityCritical()) {
            return Severity.CRITICAL;
        }
        if (score >= properties.severityHigh()) {
            return Severity.HIGH;
        }
        if (score >= properties.severityMedium()) {
            return Severity.MEDIUM;
        }
        return Severity.LOW;
    }

    private static String explain(List<Signal> signals) {
        StringBuilder text = new StringBuilder();
        for (Signal signal : signals) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(signal.summary());
        }
        return text.toString();
    }
}
