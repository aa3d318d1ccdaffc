package io.loginwatch.correlation;

import io.loginwatch.events.StoredAuditEvent;
import io.loginwatch.shared.AuditCategory;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.PrincipalType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What linking and escalation need to know about a stored audit event.
 *
 * @param id the stored audit event's row id
 * @param actor canonical user who performed it
 */
public record Action(
        long id,
        Instant occurredAt,
        String source,
        String sourceEventId,
        String actor,
        PrincipalType actorType,
        @Nullable String ip,
        @Nullable String sessionId,
        @Nullable String accessKeyId,
        String action,
        List<String> targets,
        AuditCategory category,
        boolean sensitive,
        Outcome outcome) {

    public Action {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorType, "actorType");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(outcome, "outcome");
        targets = List.copyOf(targets);
    }

    public static Action of(StoredAuditEvent stored) {
        AuditEvent e = stored.event();
        return new Action(
                stored.id(),
                e.occurredAt(),
                e.source(),
                e.sourceEventId(),
                e.actor().name(),
                e.actor().type(),
                e.ip(),
                e.sessionId(),
                e.accessKeyId(),
                e.action(),
                e.targets(),
                e.category(),
                e.sensitive(),
                e.outcome());
    }
}
