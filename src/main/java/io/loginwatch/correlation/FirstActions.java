package io.loginwatch.correlation;

import io.loginwatch.shared.AuditCategory;
import io.loginwatch.shared.PrincipalType;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user's first-ever action of a category. Every classified action (category other than OTHER, sensitive or not)
 * teaches the user's set of categories; a sensitive action whose category the set lacks counts as
 * FIRST_SENSITIVE_ACTION once the user has a history: their first stored sign-in is at least the learning period
 * older than the action. Cloud services acting on their own never count.
 */
public final class FirstActions {

    private final Duration learningPeriod;

    public FirstActions(Duration learningPeriod) {
        this.learningPeriod = learningPeriod;
    }

    /** Whether the action's category is one the user has not been seen acting in (and is worth learning). */
    public boolean isNewCategory(Action action, Set<AuditCategory> seen) {
        return action.category() != AuditCategory.OTHER && !seen.contains(action.category());
    }

    /**
     * Whether an action of a new category counts as a signal.
     *
     * @param userKnownSince when the user's first stored sign-in happened, null when there is none
     */
    public boolean counts(Action action, @Nullable Instant userKnownSince) {
        return action.sensitive()
                && action.actorType() != PrincipalType.SERVICE
                && userKnownSince != null
                && !userKnownSince.isAfter(action.occurredAt().minus(learningPeriod));
    }
}
