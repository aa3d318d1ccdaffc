package io.loginwatch.source.okta;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.SignInKind;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What each Okta {@code eventType} means, as a table: a sign-in of some kind, an audit action, or noise.
 *
 * <p>An exact entry wins; otherwise the longest dotted prefix ({@code user.account} matches {@code user.account.*}).
 * Types that match nothing are skipped, so new Okta event types never reject a delivery.
 */
final class OktaEventTypes {

    enum Category {
        SIGN_IN,
        AUDIT,
        SKIP
    }

    /**
     * @param kind the sign-in kind (sign-ins only)
     * @param mfaStep whether the record is a second-factor step, so its outcome says whether MFA was satisfied
     * @param forcedOutcome the outcome the type itself implies, whatever {@code outcome.result} says (a push deny is
     *     not always logged with result FAILURE)
     * @param accessPath the access path the type implies ({@code UNKNOWN} leaves it to enrichment)
     */
    record Rule(
            Category category,
            @Nullable SignInKind kind,
            boolean mfaStep,
            @Nullable Outcome forcedOutcome,
            AccessPath accessPath) {

        static Rule signIn(SignInKind kind) {
            return new Rule(Category.SIGN_IN, kind, false, null, AccessPath.UNKNOWN);
        }

        static Rule signIn(SignInKind kind, AccessPath accessPath) {
            return new Rule(Category.SIGN_IN, kind, false, null, accessPath);
        }

        /** A second factor; its result is the MFA result. */
        static Rule mfa() {
            return new Rule(Category.SIGN_IN, SignInKind.MFA, true, null, AccessPath.UNKNOWN);
        }

        /** An authenticator check inside a sign-in that is not itself a second factor, nor a new session. */
        static Rule step() {
            return new Rule(Category.SIGN_IN, SignInKind.MFA, false, null, AccessPath.UNKNOWN);
        }

        /** A second factor the user refused or bypassed. */
        static Rule mfaDenied() {
            return new Rule(Category.SIGN_IN, SignInKind.MFA, true, Outcome.FAILURE, AccessPath.UNKNOWN);
        }

        static final Rule AUDIT = new Rule(Category.AUDIT, null, false, null, AccessPath.UNKNOWN);
        static final Rule SKIP = new Rule(Category.SKIP, null, false, null, AccessPath.UNKNOWN);
    }

    private static final Map<String, Rule> EXACT = Map.ofEntries(
            Map.entry("user.session.start", Rule.signIn(SignInKind.LOGIN)),
            Map.entry("user.session.end", Rule.signIn(SignInKind.LOGOUT)),
            Map.entry("user.session.expire", Rule.signIn(SignInKind.LOGOUT)),
            Map.entry("user.session.clear", Rule.AUDIT),
            Map.entry("user.authentication.slo", Rule.signIn(SignInKind.LOGOUT)),
            Map.entry("user.authentication.universal_logout", Rule.signIn(SignInKind.LOGOUT)),
            Map.entry("user.authentication.universal_logout.scheduled", Rule.SKIP),
            Map.entry("user.authentication.sso", Rule.signIn(SignInKind.SSO, AccessPath.SSO)),
            Map.entry(
                    "user.authentication.auth_via_richclient",
                    Rule.signIn(SignInKind.LOGIN, AccessPath.LEGACY_PROTOCOL)),
            Map.entry("user.authentication.auth_via_mfa", Rule.mfa()),
            Map.entry("user.authentication.verify", Rule.step()),
            Map.entry("user.account.lock", Rule.signIn(SignInKind.LOCKOUT)),
            Map.entry("user.account.lock.limit", Rule.signIn(SignInKind.LOCKOUT)),
            Map.entry("user.mfa.okta_verify.deny_push", Rule.mfaDenied()),
            Map.entry("user.mfa.okta_verify.deny_push_upgrade_needed", Rule.mfaDenied()),
            Map.entry("user.mfa.attempt_bypass", Rule.mfaDenied()),
            Map.entry("system.api_token.create", Rule.AUDIT),
            Map.entry("system.api_token.revoke", Rule.AUDIT));

    /** Checked longest first; order here does not matter. */
    private static final Map<String, Rule> PREFIX = Map.ofEntries(
            Map.entry("user.authentication", Rule.signIn(SignInKind.LOGIN)),
            Map.entry("user.account", Rule.AUDIT),
            Map.entry("user.lifecycle", Rule.AUDIT),
            Map.entry("user.mfa.factor", Rule.AUDIT),
            Map.entry("user.session.impersonation", Rule.AUDIT),
            Map.entry("group.user_membership", Rule.AUDIT),
            Map.entry("group.privilege", Rule.AUDIT),
            Map.entry("application", Rule.AUDIT),
            Map.entry("policy", Rule.AUDIT),
            Map.entry("zone", Rule.AUDIT),
            Map.entry("iam", Rule.AUDIT),
            Map.entry("system", Rule.SKIP));

    private static final List<String> PREFIXES_LONGEST_FIRST = PREFIX.keySet().stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length()))
            .toList();

    private OktaEventTypes() {}

    static Rule ruleFor(String eventType) {
        Rule exact = EXACT.get(eventType);
        if (exact != null) {
            return exact;
        }
        for (String prefix : PREFIXES_LONGEST_FIRST) {
            if (eventType.equals(prefix) || eventType.startsWith(prefix + ".")) {
                return PREFIX.get(prefix);
            }
        }
        return Rule.SKIP;
    }
}
