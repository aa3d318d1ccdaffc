package io.loginwatch.correlation;

import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.SignInKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which login an audit event belongs to. Pure functions over {@link Login} and {@link Action}.
 *
 * <p>A login is a successful sign-in of kind LOGIN, SSO, ROLE_ASSUMPTION or TOKEN. An action links to a login when it
 * happened within the window after it (and at most the clock skew before it) and:
 *
 * <ol>
 *   <li>{@link LinkReason#ACCESS_KEY}: the login is a role assumption or session token whose session id (the temporary
 *       access key CloudTrail returned) is the action's access key id;
 *   <li>{@link LinkReason#SESSION}: both carry the same session id;
 *   <li>{@link LinkReason#USER_AND_IP}: the same canonical user from the same IP address;
 *   <li>{@link LinkReason#FEDERATED_CHAIN}: the action links by access key or session to a federated role assumption
 *       (AssumeRoleWithSAML / AssumeRoleWithWebIdentity) whose user signed in at an identity provider (Okta, Entra,
 *       Google Workspace) within the window before it: the action links to that IdP login too.
 * </ol>
 */
public final class LinkRules {

    private static final Set<SignInKind> LOGIN_KINDS =
            EnumSet.of(SignInKind.LOGIN, SignInKind.SSO, SignInKind.ROLE_ASSUMPTION, SignInKind.TOKEN);

    private static final Set<SignInKind> KEY_ISSUING_KINDS = EnumSet.of(SignInKind.ROLE_ASSUMPTION, SignInKind.TOKEN);

    private static final Set<SignInKind> IDP_LOGIN_KINDS = EnumSet.of(SignInKind.LOGIN, SignInKind.SSO);

    /** Strongest first, then the most recent login first. */
    private static final Comparator<Link> BEST_FIRST = Comparator.comparingInt(
                    (Link link) -> link.reason().strength())
            .thenComparing(link -> link.login().occurredAt(), Comparator.reverseOrder())
            .thenComparing(link -> link.login().id(), Comparator.reverseOrder());

    private final Duration window;
    private final Duration clockSkew;
    private final Set<String> identityProviderSources;
    private final Set<String> federationEvents;

    public LinkRules(CorrelationProperties properties) {
        this.window = properties.window();
        this.clockSkew = properties.clockSkew();
        this.identityProviderSources = properties.identityProviderSources().stream()
                .map(source -> source.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.federationEvents = properties.federationEvents().stream()
                .map(event -> event.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public Duration window() {
        return window;
    }

    public Duration clockSkew() {
        return clockSkew;
    }

    /** A successful sign-in that opens a session actions can be linked to. */
    public boolean isLogin(Login login) {
        return login.outcome() == Outcome.SUCCESS && LOGIN_KINDS.contains(login.kind());
    }

    /** Whether {@code at} falls in the login's window: from clock skew before it to the window after it. */
    public boolean inWindow(Login login, Instant at) {
        return !at.isBefore(login.occurredAt().minus(clockSkew))
                && !at.isAfter(login.occurredAt().plus(window));
    }

    /** The strongest of rules 1-3 that links the action to the login, or null. */
    public @Nullable LinkReason directLink(Login login, Action action) {
        if (!isLogin(login) || !inWindow(login, action.occurredAt())) {
            return null;
        }
        if (KEY_ISSUING_KINDS.contains(login.kind()) && same(login.sessionId(), action.accessKeyId())) {
            return LinkReason.ACCESS_KEY;
        }
        if (same(login.sessionId(), action.sessionId())) {
            return LinkReason.SESSION;
        }
        if (login.user().equals(action.actor()) && same(login.ip(), action.ip())) {
            return LinkReason.USER_AND_IP;
        }
        return null;
    }

    /** A successful interactive login at an identity provider that can federate into AWS. */
    public boolean isIdentityProviderLogin(Login login) {
        return isLogin(login)
                && IDP_LOGIN_KINDS.contains(login.kind())
                && identityProviderSources.contains(login.source().toLowerCase(Locale.ROOT));
    }

    /** A successful AssumeRoleWithSAML / AssumeRoleWithWebIdentity (or another configured federation event). */
    public boolean isFederatedRoleAssumption(Login login) {
        return isLogin(login)
                && login.kind() == SignInKind.ROLE_ASSUMPTION
                && login.eventType() != null
                && federationEvents.contains(login.eventType().toLowerCase(Locale.ROOT));
    }

    /** Rule 4's first step: the role assumption continues the IdP login (same user, within its window). */
    public boolean federates(Login identityProviderLogin, Login roleAssumption) {
        return isIdentityProviderLogin(identityProviderLogin)
                && isFederatedRoleAssumption(roleAssumption)
                && identityProviderLogin.user().equals(roleAssumption.user())
                && inWindow(identityProviderLogin, roleAssumption.occurredAt());
    }

    /**
     * The IdP logins among {@code candidates} that the role assumption most likely came from, most recent first: those
     * from the role assumption's IP address when there are any, otherwise every one that {@link #federates}.
     */
    public List<Login> federationSources(Login roleAssumption, List<Login> candidates) {
        List<Login> sources = candidates.stream()
                .filter(candidate -> federates(candidate, roleAssumption))
                .sorted(Comparator.comparing(Login::occurredAt).reversed())
                .toList();
        List<Login> sameIp = sources.stream()
                .filter(source -> same(source.ip(), roleAssumption.ip()))
                .toList();
        return sameIp.isEmpty() ? sources : sameIp;
    }

    /**
     * Every login among {@code candidates} the action links to, one link per login (its strongest reason), best first:
     * strongest reason, then most recent login. Chained IdP logins must be among the candidates.
     */
    public List<Link> links(Action action, List<Login> candidates) {
        Map<Long, Link> best = new LinkedHashMap<>();
        List<Link> direct = new ArrayList<>();
        for (Login candidate : candidates) {
            LinkReason reason = directLink(candidate, action);
            if (reason != null) {
                Link link = new Link(candidate, reason, null);
                direct.add(link);
                keepStronger(best, link);
            }
        }
        for (Link link : direct) {
            if (link.reason().strength() == 0 && isFederatedRoleAssumption(link.login())) {
                for (Login source : federationSources(link.login(), candidates)) {
                    keepStronger(best, new Link(source, LinkReason.FEDERATED_CHAIN, link.login()));
                }
            }
        }
        return best.values().stream().sorted(BEST_FIRST).toList();
    }

    private static void keepStronger(Map<Long, Link> best, Link link) {
        best.merge(
                link.login().id(),
                link,
                (current, challenger) ->
                        challenger.reason().strength() < current.reason().strength() ? challenger : current);
    }

    private static boolean same(@Nullable String a, @Nullable String b) {
        return a != null && !a.isBlank() && Objects.equals(a, b);
    }

    /**
     * One login an action belongs to.
     *
     * @param via for a chained link, the role assumption the action ran under
     */
    public record Link(
            Login login, LinkReason reason, @Nullable Login via) {}
}
