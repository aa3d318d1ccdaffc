package io.loginwatch.correlation;

import io.loginwatch.correlation.CorrelationRepository.FindingRow;
import io.loginwatch.correlation.LinkRules.Link;
import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.DetectedFinding;
import io.loginwatch.detection.EngineStep;
import io.loginwatch.detection.SignInsAssessed;
import io.loginwatch.events.PendingAuditEvents;
import io.loginwatch.events.StoredAuditEvent;
import io.loginwatch.events.StoredSignIn;
import io.loginwatch.shared.AuditCategory;
import io.loginwatch.shared.PrincipalType;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Correlation as an engine step, always inside the engine's batch transaction and lock:
 *
 * <ul>
 *   <li>{@link #afterSignIns}: a federated role assumption that continues an already-suspicious IdP login is folded
 *       into that login's finding (its own finding, if it got one and nobody worked on it, is removed: one finding per
 *       attack); every new finding is linked to the audit events and chained role assumptions already stored in its
 *       window;
 *   <li>{@link #drain}: queued audit events, oldest first, teach each user's categories and escalate the finding of
 *       the login they link to, or raise FIRST_SENSITIVE_ACTION on it.
 * </ul>
 */
class CorrelationService implements EngineStep {

    private final PendingAuditEvents pending;
    private final CorrelationRepository repository;
    private final LinkRules rules;
    private final Escalation escalation;
    private final FirstActions firstActions;
    private final CorrelationProperties properties;
    private final ApplicationEventPublisher events;
    private final MeterRegistry metrics;
    private final Clock clock;

    CorrelationService(
            PendingAuditEvents pending,
            CorrelationRepository repository,
            CorrelationProperties properties,
            ApplicationEventPublisher events,
            MeterRegistry metrics,
            Clock clock) {
        this.pending = pending;
        this.repository = repository;
        this.rules = new LinkRules(properties);
        this.escalation = new Escalation(properties);
        this.firstActions = new FirstActions(properties.firstActionLearningPeriod());
        this.properties = properties;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void afterSignIns(List<StoredSignIn> scored, List<DetectedFinding> detected) {
        for (StoredSignIn stored : scored) {
            Login login = Login.of(stored);
            if (rules.isFederatedRoleAssumption(login)) {
                foldIntoIdentityProviderLogin(login);
            }
        }
        for (DetectedFinding finding : detected) {
            Login login = Login.of(finding.signIn());
            repository.findingFor(login.id()).ifPresent(row -> linkStoredEvents(row, login));
        }
    }

    @Override
    public int drain(int limit) {
        List<StoredAuditEvent> batch = pending.next(limit);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Action> actions = batch.stream().map(Action::of).toList();
        Map<String, Set<AuditCategory>> seen = repository.categories(
                actions.stream().map(Action::actor).distinct().toList());
        Map<Long, Linked> linked = new LinkedHashMap<>();
        for (Action action : actions) {
            Set<AuditCategory> categories =
                    seen.computeIfAbsent(action.actor(), user -> EnumSet.noneOf(AuditCategory.class));
            boolean first = false;
            if (firstActions.isNewCategory(action, categories)) {
                first = action.sensitive() && firstActions.counts(action, repository.userKnownSince(action.actor()));
                repository.learnCategory(action.actor(), action.category(), action.occurredAt(), action.id(), first);
                categories.add(action.category());
            }
            if (action.sensitive() && action.actorType() != PrincipalType.SERVICE) {
                correlate(action, first, linked);
            }
        }
        // one change (and history entry) per finding per batch
        linked.values().forEach(l -> apply(l.finding(), l.evidence(), true));
        pending.remove(batch);
        return batch.size();
    }

    /**
     * Links one sensitive action to the best login that has a finding, or raises FIRST_SENSITIVE_ACTION; collects the
     * evidence per finding in {@code linked}.
     */
    private void correlate(Action action, boolean first, Map<Long, Linked> linked) {
        List<Link> links = rules.links(action, candidateLogins(action));
        for (Link link : links) {
            Optional<FindingRow> finding = repository.findingFor(link.login().id());
            if (finding.isPresent()) {
                List<Evidence> evidence = linked(finding.get(), linked);
                if (link.via() != null) {
                    evidence.add(chainedSignIn(link.via(), link.login(), List.of()));
                }
                evidence.add(Evidence.ofAction(action, link.login(), link.reason(), first));
                return;
            }
        }
        if (first) {
            raiseFirstAction(action, links, linked);
        }
    }

    private static List<Evidence> linked(FindingRow finding, Map<Long, Linked> linked) {
        return linked.computeIfAbsent(finding.id(), id -> new Linked(finding, new ArrayList<>()))
                .evidence();
    }

    /** Logins the action may belong to, with the IdP logins of the role assumptions among them. */
    private List<Login> candidateLogins(Action action) {
        Instant at = action.occurredAt();
        List<Login> candidates = new ArrayList<>(
                repository.loginsAround(action, at.minus(rules.window()), at.plus(rules.clockSkew())).stream()
                        .map(Login::of)
                        .toList());
        for (Login login : List.copyOf(candidates)) {
            if (rules.isFederatedRoleAssumption(login) && rules.directLink(login, action) != null) {
                identityProviderLoginsBefore(login).stream()
                        .filter(idp -> candidates.stream().noneMatch(c -> c.id() == idp.id()))
                        .forEach(candidates::add);
            }
        }
        return candidates;
    }

    private List<Login> identityProviderLoginsBefore(Login roleAssumption) {
        Instant at = roleAssumption.occurredAt();
        return repository
                .identityProviderLogins(
                        roleAssumption.user(),
                        at.minus(rules.window()),
                        at.plus(rules.clockSkew()),
                        properties.identityProviderSources())
                .stream()
                .map(Login::of)
                .toList();
    }

    /** A first-ever sensitive category with no finding to escalate: raise one on the linked or most recent login. */
    private void raiseFirstAction(Action action, List<Link> links, Map<Long, Linked> linked) {
        Optional<StoredSignIn> target;
        LinkReason reason;
        if (!links.isEmpty()) {
            Login best = links.get(0).login();
            target = repository.signIn(best.id(), best.occurredAt());
            reason = links.get(0).reason();
        } else {
            target = repository.latestLogin(action.actor(), action.occurredAt());
            reason = LinkReason.LATEST_LOGIN;
        }
        if (target.isEmpty()) {
            return;
        }
        Login login = Login.of(target.get());
        Evidence evidence = Evidence.ofAction(action, login, reason, true);
        Optional<FindingRow> existing = repository.findingFor(login.id());
        if (existing.isPresent()) {
            linked(existing.get(), linked).add(evidence);
            return;
        }
        Escalation.Verdict verdict = escalation.evaluate(false, List.of(evidence));
        String explanation = verdict.signals().stream()
                .map(io.loginwatch.detection.Signal::summary)
                .collect(Collectors.joining(" "));
        Assessment assessment =
                new Assessment(verdict.signals(), verdict.scoreFloor(), verdict.severityFloor(), explanation);
        // the findings module stores it like any engine finding, inside this transaction
        events.publishEvent(new SignInsAssessed(List.of(new DetectedFinding(target.get(), assessment))));
        repository.findingFor(login.id()).ifPresent(row -> apply(row, List.of(evidence), false));
        metrics.counter("loginwatch.correlation.findings", "change", "RAISED").increment();
    }

    /** Folds a federated role assumption into the suspicious IdP login it continues, if there is one. */
    private void foldIntoIdentityProviderLogin(Login roleAssumption) {
        for (Login source : rules.federationSources(roleAssumption, identityProviderLoginsBefore(roleAssumption))) {
            Optional<FindingRow> finding = repository.findingFor(source.id());
            if (finding.isPresent() && finding.get().anomalous()) {
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(fold(roleAssumption, source));
                evidence.addAll(chainedActions(roleAssumption, source));
                apply(finding.get(), evidence, true);
                return;
            }
        }
    }

    /**
     * Links a new finding to what is already stored in its window: for a suspicious IdP login, the federated role
     * assumptions that continue it (folded in) and their sessions' actions; for every login, its own actions.
     */
    private void linkStoredEvents(FindingRow finding, Login login) {
        List<Evidence> evidence = new ArrayList<>();
        if (finding.anomalous() && rules.isIdentityProviderLogin(login)) {
            Instant at = login.occurredAt();
            for (StoredSignIn stored : repository.roleAssumptions(
                    login.user(),
                    at.minus(rules.clockSkew()),
                    at.plus(rules.window()),
                    properties.federationEvents())) {
                Login member = Login.of(stored);
                if (rules.federates(login, member)
                        && rules.federationSources(member, identityProviderLoginsBefore(member)).stream()
                                .anyMatch(source -> source.id() == login.id())) {
                    evidence.add(fold(member, login));
                    evidence.addAll(chainedActions(member, login));
                }
            }
        }
        for (Action action : actionsAround(login)) {
            LinkReason reason = rules.directLink(login, action);
            if (reason != null) {
                evidence.add(Evidence.ofAction(action, login, reason, false));
            }
        }
        if (!evidence.isEmpty()) {
            apply(finding, markFirsts(evidence), true);
        }
    }

    /** The chained role assumption as evidence; its own finding, when nobody has worked on it, is removed. */
    private Evidence fold(Login member, Login login) {
        List<String> signals = List.of();
        Optional<FindingRow> own = repository.findingFor(member.id());
        if (own.isPresent()) {
            signals = own.get().signalTypes();
            if (own.get().foldable()) {
                repository.deleteFinding(own.get().id());
                metrics.counter("loginwatch.correlation.findings", "change", "FOLDED")
                        .increment();
            }
        }
        return chainedSignIn(member, login, signals);
    }

    private Evidence chainedSignIn(Login member, Login login, List<String> signals) {
        return Evidence.ofSignIn(member, login, LinkReason.FEDERATED_CHAIN, signals);
    }

    /** Sensitive actions already stored that ran under the role assumption's session: chained to the IdP login. */
    private List<Evidence> chainedActions(Login roleAssumption, Login login) {
        List<Evidence> evidence = new ArrayList<>();
        for (Action action : actionsAround(roleAssumption)) {
            LinkReason reason = rules.directLink(roleAssumption, action);
            if (reason != null && reason.strength() == 0) {
                evidence.add(Evidence.ofAction(action, login, LinkReason.FEDERATED_CHAIN, false));
            }
        }
        return markFirsts(evidence);
    }

    private List<Action> actionsAround(Login login) {
        Instant at = login.occurredAt();
        return repository
                .actionsAround(login, at.minus(rules.clockSkew()), at.plus(rules.window()), properties.maxEvidence())
                .stream()
                .map(Action::of)
                .filter(Action::sensitive)
                .toList();
    }

    /** Marks the actions that were counted as their user's first of a category when they were processed. */
    private List<Evidence> markFirsts(List<Evidence> evidence) {
        Set<Long> firsts = repository.signalledFirsts(evidence.stream()
                .filter(e -> e.kind() == Evidence.Kind.AUDIT)
                .map(Evidence::id)
                .toList());
        if (firsts.isEmpty()) {
            return evidence;
        }
        return evidence.stream()
                .map(e -> e.kind() == Evidence.Kind.AUDIT && firsts.contains(e.id()) && !e.firstOfCategory()
                        ? new Evidence(
                                e.kind(),
                                e.id(),
                                e.occurredAt(),
                                e.source(),
                                e.sourceEventId(),
                                e.action(),
                                e.category(),
                                e.sensitive(),
                                e.outcome(),
                                e.actor(),
                                e.targets(),
                                e.ip(),
                                e.link(),
                                e.minutesAfterLogin(),
                                true,
                                e.signals())
                        : e)
                .toList();
    }

    private void apply(FindingRow finding, List<Evidence> evidence, boolean recordHistory) {
        Instant now = clock.instant();
        Escalation.Result result = escalation.apply(finding.state(), evidence, now);
        if (!result.changed()) {
            return;
        }
        if (!recordHistory) {
            result = new Escalation.Result(
                    true,
                    result.escalated(),
                    result.evidence(),
                    result.correlationSignals(),
                    result.score(),
                    result.severity(),
                    result.explanation(),
                    null);
        }
        repository.update(finding, result, now);
        if (recordHistory) {
            metrics.counter("loginwatch.correlation.findings", "change", result.escalated() ? "ESCALATED" : "LINKED")
                    .increment();
        }
    }

    /** A finding as loaded at its first link in a batch, and everything the batch links to it. */
    private record Linked(FindingRow finding, List<Evidence> evidence) {}
}
