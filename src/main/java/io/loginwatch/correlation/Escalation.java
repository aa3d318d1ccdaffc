package io.loginwatch.correlation;

import io.loginwatch.detection.Signal;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.AuditCategory;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The escalation rule: what the events linked to a login's finding do to its signals, score and severity (see
 * {@link CorrelationProperties} for the thresholds). Pure and idempotent: the correlation signals are rebuilt from
 * every linked event each time, and score and severity only ever rise to a floor, so linking the same events twice
 * changes nothing.
 */
public final class Escalation {

    /** Signals this rule owns on a finding; every other signal is an anomaly signal of the login itself. */
    public static final Set<SignalType> CORRELATION_SIGNALS =
            EnumSet.of(SignalType.SENSITIVE_ACTION_AFTER_LOGIN, SignalType.FIRST_SENSITIVE_ACTION);

    /** Time order; at the same instant the sign-in first, then by row id. */
    private static final Comparator<Evidence> TIME_ORDER = Comparator.comparing(Evidence::occurredAt)
            .thenComparing(Evidence::kind)
            .thenComparingLong(Evidence::id);

    private final CorrelationProperties properties;

    public Escalation(CorrelationProperties properties) {
        this.properties = properties;
    }

    /**
     * The correlation signals and floors that the linked events warrant.
     *
     * @param anomalous whether the login has anomaly signals of its own
     * @param evidence every event linked to the login, in time order
     */
    public Verdict evaluate(boolean anomalous, List<Evidence> evidence) {
        List<Signal> signals = new ArrayList<>();
        int score = 0;
        Severity severity = Severity.LOW;
        List<Evidence> sensitive =
                evidence.stream().filter(Evidence::sensitiveAction).toList();
        if (anomalous && !sensitive.isEmpty()) {
            boolean critical = sensitive.stream().anyMatch(this::isCritical);
            int floor = critical ? properties.criticalScore() : properties.sensitiveScore();
            Severity band = critical ? properties.criticalSeverity() : properties.sensitiveSeverity();
            signals.add(sensitiveActionAfterLogin(sensitive, floor));
            score = Math.max(score, floor);
            severity = max(severity, band);
        }
        List<Evidence> firsts =
                sensitive.stream().filter(Evidence::firstOfCategory).toList();
        if (!firsts.isEmpty()) {
            boolean critical = firsts.stream().anyMatch(this::isCritical);
            int floor = critical ? properties.firstCriticalActionScore() : properties.firstActionScore();
            Severity band = critical ? properties.firstCriticalActionSeverity() : properties.firstActionSeverity();
            signals.add(firstSensitiveAction(firsts, floor));
            score = Math.max(score, floor);
            severity = max(severity, band);
        }
        return new Verdict(signals, score, severity);
    }

    /**
     * Links {@code added} to a finding in state {@code current}.
     *
     * @return the new state, and a history entry when anything changed
     */
    public Result apply(State current, List<Evidence> added, Instant now) {
        List<Evidence> merged = merge(current.evidence(), added);
        if (merged.equals(current.evidence())) {
            return Result.unchanged(current);
        }
        Set<Evidence> before = Set.copyOf(current.evidence());
        // new events, and known ones that changed (found to be a first-ever action, a folded sign-in's signals)
        List<Evidence> fresh = merged.stream().filter(e -> !before.contains(e)).toList();
        Verdict verdict = evaluate(current.anomalous(), merged);
        int score = Math.max(current.score(), verdict.scoreFloor());
        Severity severity = max(current.severity(), verdict.severityFloor());
        List<String> newSignals = verdict.signals().stream()
                .map(signal -> signal.type().name())
                .filter(type -> !current.signalTypes().contains(type))
                .toList();
        boolean escalated =
                score > current.score() || severity.compareTo(current.severity()) > 0 || !newSignals.isEmpty();
        String explanation = explanation(current, verdict.signals());

        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", now.toString());
        entry.put("change", escalated ? "ESCALATED" : "LINKED");
        entry.put("by", "correlation");
        entry.put("fromScore", current.score());
        entry.put("score", score);
        entry.put("fromSeverity", current.severity().name());
        entry.put("severity", severity.name());
        entry.put("signalsAdded", newSignals);
        entry.put("events", fresh.stream().map(Evidence::key).toList());
        entry.put("reason", reason(current, score, severity, newSignals, fresh));
        return new Result(true, escalated, merged, verdict.signals(), score, severity, explanation, entry);
    }

    private List<Evidence> merge(List<Evidence> current, List<Evidence> added) {
        Map<String, Evidence> byKey = new LinkedHashMap<>();
        current.forEach(e -> byKey.putIfAbsent(e.key(), e));
        added.forEach(e -> byKey.merge(e.key(), e, Evidence::mergedWith));
        return byKey.values().stream()
                .sorted(TIME_ORDER)
                .limit(properties.maxEvidence())
                .toList();
    }

    /** A successful action of a critical category; a denied attempt escalates, but not to critical. */
    private boolean isCritical(Evidence evidence) {
        return evidence.outcome() == Outcome.SUCCESS
                && evidence.category() != null
                && properties.criticalCategories().contains(evidence.category());
    }

    private Signal sensitiveActionAfterLogin(List<Evidence> actions, int weight) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("window", properties.window().toString());
        evidence.put("categories", categories(actions));
        evidence.put("actions", actions.stream().map(Escalation::describe).toList());
        String summary = String.format(
                Locale.ROOT,
                "Within %s after this login the session performed %d sensitive action%s: %s.",
                human(properties.window()),
                actions.size(),
                actions.size() == 1 ? "" : "s",
                actions.stream().map(Escalation::shortly).collect(Collectors.joining(", ")));
        return new Signal(SignalType.SENSITIVE_ACTION_AFTER_LOGIN, weight, summary, evidence);
    }

    private Signal firstSensitiveAction(List<Evidence> actions, int weight) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("categories", categories(actions));
        evidence.put("actions", actions.stream().map(Escalation::describe).toList());
        String actor =
                actions.get(0).actor() == null ? "the user" : actions.get(0).actor();
        String summary = String.format(
                Locale.ROOT,
                "First-ever %s action%s by %s: %s.",
                String.join(", ", categories(actions)),
                actions.size() == 1 ? "" : "s",
                actor,
                actions.stream().map(Escalation::withTargets).collect(Collectors.joining(", ")));
        return new Signal(SignalType.FIRST_SENSITIVE_ACTION, weight, summary, evidence);
    }

    private static List<String> categories(List<Evidence> actions) {
        Set<String> categories = new LinkedHashSet<>();
        actions.forEach(action -> categories.add(category(action)));
        return List.copyOf(categories);
    }

    private static String category(Evidence action) {
        AuditCategory category = action.category();
        return category == null ? AuditCategory.OTHER.name() : category.name();
    }

    /** The action as signal evidence: time, action, category, targets, source ids, minutes after the login. */
    private static Map<String, Object> describe(Evidence action) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("at", action.occurredAt().toString());
        map.put("action", action.action());
        map.put("category", category(action));
        map.put("outcome", action.outcome().name());
        map.put("targets", action.targets());
        map.put("source", action.source());
        map.put("sourceEventId", action.sourceEventId());
        map.put("auditEventId", action.id());
        map.put("minutesAfterLogin", action.minutesAfterLogin());
        map.put("link", action.link().name());
        return map;
    }

    private static String shortly(Evidence action) {
        return action.action() + " (" + category(action)
                + (action.outcome() == Outcome.SUCCESS
                        ? ""
                        : ", " + action.outcome().name().toLowerCase(Locale.ROOT))
                + (action.firstOfCategory() ? ", first-ever" : "")
                + ", +" + action.minutesAfterLogin() + " min)";
    }

    private static String withTargets(Evidence action) {
        return action.action() + (action.targets().isEmpty() ? "" : " on " + String.join(", ", action.targets()));
    }

    private static String reason(
            State current, int score, Severity severity, List<String> newSignals, List<Evidence> fresh) {
        String linked = fresh.stream()
                .map(e -> e.kind() == Evidence.Kind.SIGN_IN
                        ? e.action() + " (chained sign-in, +" + e.minutesAfterLogin() + " min)"
                        : shortly(e))
                .collect(Collectors.joining(", "));
        if (score > current.score() || severity.compareTo(current.severity()) > 0) {
            return String.format(
                    Locale.ROOT,
                    "Escalated from %s (%d) to %s (%d): %s followed the login.",
                    current.severity(),
                    current.score(),
                    severity,
                    score,
                    linked);
        }
        if (!newSignals.isEmpty()) {
            return "Added " + String.join(", ", newSignals) + ": " + linked + " followed the login.";
        }
        return "Linked " + linked + ".";
    }

    /** The explanation without the previous correlation sentences, followed by the new ones. */
    private static String explanation(State current, List<Signal> signals) {
        String base = current.explanation();
        String previous = String.join(" ", current.correlationSummaries());
        if (!previous.isEmpty()) {
            if (base.equals(previous)) {
                base = "";
            } else if (base.endsWith(" " + previous)) {
                base = base.substring(0, base.length() - previous.length() - 1);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!base.isBlank()) {
            parts.add(base);
        }
        signals.forEach(signal -> parts.add(signal.summary()));
        return String.join(" ", parts);
    }

    private static String human(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + " min";
    }

    private static Severity max(Severity a, Severity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * What the linked events warrant.
     *
     * @param signals the correlation signals, rebuilt from every linked event
     * @param scoreFloor the least score the finding must have (0 when nothing)
     * @param severityFloor the least severity the finding must have (LOW when nothing)
     */
    public record Verdict(List<Signal> signals, int scoreFloor, Severity severityFloor) {

        public Verdict {
            signals = List.copyOf(signals);
        }
    }

    /**
     * A finding as the rule sees it.
     *
     * @param anomalous whether it has anomaly signals besides the correlation ones
     * @param signalTypes every signal type it has now
     * @param correlationSummaries the summaries of its current correlation signals, in order (they end the
     *     explanation)
     * @param evidence its linked events, in time order
     */
    public record State(
            int score,
            Severity severity,
            boolean anomalous,
            Set<String> signalTypes,
            String explanation,
            List<String> correlationSummaries,
            List<Evidence> evidence) {

        public State {
            signalTypes = Set.copyOf(signalTypes);
            correlationSummaries = List.copyOf(correlationSummaries);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * The finding after linking.
     *
     * @param changed whether anything changed (false: nothing to write)
     * @param escalated whether score, severity or signals rose (history change ESCALATED, otherwise LINKED)
     * @param correlationSignals the correlation signals that replace the finding's previous ones
     * @param history the history entry to append, null when nothing changed
     */
    public record Result(
            boolean changed,
            boolean escalated,
            List<Evidence> evidence,
            List<Signal> correlationSignals,
            int score,
            Severity severity,
            String explanation,
            @Nullable Map<String, Object> history) {

        static Result unchanged(State state) {
            return new Result(
                    false,
                    false,
                    state.evidence(),
                    List.of(),
                    state.score(),
                    state.severity(),
                    state.explanation(),
                    null);
        }
    }
}
