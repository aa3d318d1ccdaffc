package io.loginwatch.enrich;

import io.loginwatch.shared.Principal;
import io.loginwatch.shared.PrincipalType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps the identifiers one person has across sources (e-mail, Entra UPN, Okta login, AWS IAM user name,
 * assumed-role session name, GCP principalEmail) to one canonical user name.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>trim and lower-case;
 *   <li>{@code root}, service accounts ({@code *.gserviceaccount.com}) and cloud services ({@code *.amazonaws.com},
 *       {@code *.googleapis.com}) are returned as they are — no rule rewrites them;
 *   <li>an explicit alias wins ({@code alice.n} → {@code alice.nguyen@example.com});
 *   <li>an e-mail whose domain has a domain alias moves to the canonical domain
 *       ({@code alice@example.onmicrosoft.com} → {@code alice@example.com});
 *   <li>a bare user name ({@code alice.nguyen}: letters, digits and {@code . _ + = , -}) gets the default domain
 *       when one is configured — not for assumed-role session names, which are only a person when they are an
 *       e-mail (then they pass through the e-mail rule), nor for names with spaces, colons or slashes;
 *   <li>the result of rules 4 and 5 is looked up in the alias table once more.
 * </ol>
 *
 * Immutable and thread-safe.
 */
public final class IdentityResolver {

    private static final Set<PrincipalType> NEVER_REWRITTEN =
            Set.of(PrincipalType.ROOT, PrincipalType.SERVICE_ACCOUNT, PrincipalType.SERVICE);

    private static final Set<String> SERVICE_DOMAIN_SUFFIXES =
            Set.of(".gserviceaccount.com", ".amazonaws.com", ".googleapis.com");

    private static final Pattern BARE_USER_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._+=,-]*");

    private final Map<String, String> aliases;
    private final Map<String, String> domainAliases;
    private final @Nullable String defaultDomain;

    public IdentityResolver(IdentityProperties properties) {
        this.aliases = properties.aliases();
        this.domainAliases = properties.domainAliases();
        String domain = properties.defaultDomain();
        this.defaultDomain = domain == null ? null : domainAliases.getOrDefault(domain, domain);
    }

    /** A resolver with no configured rules: it only trims and lower-cases. */
    public static IdentityResolver withoutAliases() {
        return new IdentityResolver(IdentityProperties.none());
    }

    /** The canonical user for an identifier whose kind is unknown. */
    public String resolve(String principal) {
        return resolve(principal, true);
    }

    /**
     * The same principal with its name replaced by the canonical user; display name, raw id and type are kept. Root,
     * service accounts and services are returned unchanged; assumed-role session names never get the default
     * domain.
     */
    public Principal resolve(Principal principal) {
        if (NEVER_REWRITTEN.contains(principal.type())) {
            return principal;
        }
        String resolved = resolve(principal.name(), principal.type() != PrincipalType.ASSUMED_ROLE);
        return resolved.equals(principal.name())
                ? principal
                : new Principal(resolved, principal.displayName(), principal.rawId(), principal.type());
    }

    private String resolve(String principal, boolean allowDefaultDomain) {
        String name = principal.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || isNeverRewritten(name)) {
            return name;
        }
        String alias = aliases.get(name);
        if (alias != null) {
            return alias;
        }
        String derived = derive(name, allowDefaultDomain);
        return derived.equals(name) ? name : aliases.getOrDefault(derived, derived);
    }

    private String derive(String name, boolean allowDefaultDomain) {
        int at = name.lastIndexOf('@');
        if (at > 0 && at < name.length() - 1) {
            String canonicalDomain = domainAliases.get(name.substring(at + 1));
            return canonicalDomain == null ? name : name.substring(0, at + 1) + canonicalDomain;
        }
        if (at < 0
                && allowDefaultDomain
                && defaultDomain != null
                && BARE_USER_NAME.matcher(name).matches()) {
            return name + "@" + defaultDomain;
        }
        return name;
    }

    private static boolean isNeverRewritten(String name) {
        if (name.equals("root")) {
            return true;
        }
        for (String suffix : SERVICE_DOMAIN_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
