package io.loginwatch.correlation;

import io.loginwatch.enrich.AuditCatalog;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.shared.SignInKind;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Logins and actions for correlation tests, classified with the built-in audit catalog. */
final class CorrelationMother {

    static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    static final String ALICE = "alice@example.com";
    static final String HOME_IP = "198.51.100.23";
    static final String ATTACKER_IP = "203.0.113.66";

    private CorrelationMother() {}

    static Login oktaLogin(long id, Instant at, String user, @Nullable String ip, @Nullable String session) {
        return new Login(
                id,
                at,
                "okta",
                "okta-" + id,
                SignInKind.LOGIN,
                "user.session.start",
                Outcome.SUCCESS,
                user,
                ip,
                session);
    }

    static Login samlRoleAssumption(long id, Instant at, String user, @Nullable String ip, String accessKey) {
        return new Login(
                id,
                at,
                "aws-cloudtrail",
                "ct-" + id,
                SignInKind.ROLE_ASSUMPTION,
                "AssumeRoleWithSAML",
                Outcome.SUCCESS,
                user,
                ip,
                accessKey);
    }

    static Login withOutcome(Login login, Outcome outcome) {
        return new Login(
                login.id(),
                login.occurredAt(),
                login.source(),
                login.sourceEventId(),
                login.kind(),
                login.eventType(),
                outcome,
                login.user(),
                login.ip(),
                login.sessionId());
    }

    /** A CloudTrail call by an assumed-role session: its session id is its access key, as the parser stores it. */
    static Action awsCall(long id, Instant at, String actor, @Nullable String ip, String accessKey, String eventName) {
        return classified(new Action(
                id,
                at,
                "aws-cloudtrail",
                "ct-call-" + id,
                actor,
                PrincipalType.ASSUMED_ROLE,
                ip,
                accessKey,
                accessKey,
                eventName,
                List.of("bob"),
                io.loginwatch.shared.AuditCategory.OTHER,
                false,
                Outcome.SUCCESS));
    }

    static Action oktaAction(
            long id, Instant at, String actor, @Nullable String ip, @Nullable String session, String type) {
        return classified(new Action(
                id,
                at,
                "okta",
                "okta-action-" + id,
                actor,
                PrincipalType.USER,
                ip,
                session,
                null,
                type,
                List.of("carol@example.com"),
                io.loginwatch.shared.AuditCategory.OTHER,
                false,
                Outcome.SUCCESS));
    }

    static Action failed(Action action) {
        return new Action(
                action.id(),
                action.occurredAt(),
                action.source(),
                action.sourceEventId(),
                action.actor(),
                action.actorType(),
                action.ip(),
                action.sessionId(),
                action.accessKeyId(),
                action.action(),
                action.targets(),
                action.category(),
                action.sensitive(),
                Outcome.FAILURE);
    }

    private static Action classified(Action action) {
        AuditCatalog.Classification c = AuditCatalog.builtIn().classify(action.source(), action.action());
        return new Action(
                action.id(),
                action.occurredAt(),
                action.source(),
                action.sourceEventId(),
                action.actor(),
                action.actorType(),
                action.ip(),
                action.sessionId(),
                action.accessKeyId(),
                action.action(),
                action.targets(),
                c.category(),
                c.sensitive(),
                action.outcome());
    }
}
