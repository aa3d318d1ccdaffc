package io.loginwatch.correlation;

import io.loginwatch.shared.AuditCategory;
import io.loginwatch.shared.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event linked to a finding's login, as stored in {@code finding.linked_audit} (the findings API's
 * {@code linkedAuditEvents}), in time order: the audit events of the login's session and the sign-ins chained to it
 * (a federated role assumption folded into the IdP login's finding).
 *
 * @param kind AUDIT or SIGN_IN
 * @param id the stored event's row id ({@code audit_event.id} or {@code sign_in.id})
 * @param action the vendor action, or the sign-in's event type
 * @param category the audit category (null for sign-ins)
 * @param sensitive whether the action is sensitive (false for sign-ins)
 * @param actor the canonical user who acted or signed in
 * @param targets what the action acted on
 * @param link why it belongs to the finding's login
 * @param minutesAfterLogin whole minutes between the finding's login and the event (negative within clock skew)
 * @param firstOfCategory the user's first-ever action of this category (FIRST_SENSITIVE_ACTION)
 * @param signals for a folded sign-in, the signal types its own finding had
 */
public record Evidence(
        Kind kind,
        long id,
        Instant occurredAt,
        String source,
        String sourceEventId,
        String action,
        @Nullable AuditCategory category,
        boolean sensitive,
        Outcome outcome,
        @Nullable String actor,
        List<String> targets,
        @Nullable String ip,
        LinkReason link,
        long minutesAfterLogin,
        boolean firstOfCategory,
        List<String> signals) {

    /** What was linked. */
    public enum Kind {
        SIGN_IN,
        AUDIT
    }

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(link, "link");
        targets = targets == null ? List.of() : List.copyOf(targets);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    /** An audit event linked to {@code login}. */
    public static Evidence ofAction(Action action, Login login, LinkReason link, boolean firstOfCategory) {
        return new Evidence(
                Kind.AUDIT,
                action.id(),
                action.occurredAt(),
                action.source(),
                action.sourceEventId(),
                action.action(),
                action.category(),
                action.sensitive(),
                action.outcome(),
                action.actor(),
                action.targets(),
                action.ip(),
                link,
                minutesBetween(login.occurredAt(), action.occurredAt()),
                firstOfCategory,
                List.of());
    }

    /** A sign-in chained to {@code login} (a federated role assumption), with the signals of its own verdict. */
    public static Evidence ofSignIn(Login member, Login login, LinkReason link, List<String> signals) {
        return new Evidence(
                Kind.SIGN_IN,
                member.id(),
                member.occurredAt(),
                member.source(),
                member.sourceEventId(),
                member.eventType() == null ? member.kind().name() : member.eventType(),
                null,
                false,
                member.outcome(),
                member.user(),
                List.of(),
                member.ip(),
                link,
                minutesBetween(login.occurredAt(), member.occurredAt()),
                false,
                signals);
    }

    /** The identity of the linked event: one entry per event per finding. */
    public String key() {
        return kind + ":" + id;
    }

    /**
     * The same event seen again (linked by another path): the first link is kept, and what was learned since is added
     * (that it was a first-ever action, the signals of a folded sign-in).
     */
    public Evidence mergedWith(Evidence later) {
        boolean first = firstOfCategory || later.firstOfCategory;
        List<String> allSignals = signals.isEmpty() ? later.signals : signals;
        if (first == firstOfCategory && allSignals.equals(signals)) {
            return this;
        }
        return new Evidence(
                kind,
                id,
                occurredAt,
                source,
                sourceEventId,
                action,
                category,
                sensitive,
                outcome,
                actor,
                targets,
                ip,
                link,
                minutesAfterLogin,
                first,
                allSignals);
    }

    public boolean sensitiveAction() {
        return kind == Kind.AUDIT && sensitive;
    }

    private static long minutesBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }
}
