package io.loginwatch.correlation;

import io.loginwatch.events.StoredSignIn;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What linking needs to know about a stored sign-in.
 *
 * @param id the stored sign-in's row id
 * @param user canonical user
 * @param sessionId the vendor session id; for CloudTrail role assumptions and session tokens the temporary access key
 */
public record Login(
        long id,
        Instant occurredAt,
        String source,
        String sourceEventId,
        SignInKind kind,
        @Nullable String eventType,
        Outcome outcome,
        String user,
        @Nullable String ip,
        @Nullable String sessionId) {

    public Login {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(user, "user");
    }

    public static Login of(StoredSignIn stored) {
        SignIn s = stored.signIn();
        return new Login(
                stored.id(),
                s.occurredAt(),
                s.source(),
                s.sourceEventId(),
                s.kind(),
                s.eventType(),
                s.outcome(),
                s.user().name(),
                s.ip(),
                s.sessionId());
    }
}
