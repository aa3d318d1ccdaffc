package io.loginwatch.enrich;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity-resolution settings (bound by the application to {@code loginwatch.identity.*}).
 *
 * <p>Keys holding dots must be bracketed in properties files, e.g.
 * {@code loginwatch.identity.aliases[alice.nguyen]=alice.nguyen@example.com} and
 * {@code loginwatch.identity.domain-aliases[example.onmicrosoft.com]=example.com}. Keys and values are trimmed and
 * lower-cased; a leading {@code @} on a domain is ignored. Absent maps mean none.
 *
 * @param aliases identifier → canonical user, for identifiers no rule can derive ({@code alice.n} →
 *     {@code alice.nguyen@example.com}); default none
 * @param domainAliases e-mail domain → canonical domain ({@code example.onmicrosoft.com} → {@code example.com});
 *     default none
 * @param defaultDomain when set, a bare user name ({@code alice.nguyen}, an IAM user or a non-e-mail Okta login)
 *     becomes {@code name@defaultDomain}; default none (bare names stay as they are)
 */
@ConfigurationProperties("loginwatch.identity")
public record IdentityProperties(
        Map<String, String> aliases,
        Map<String, String> domainAliases,
        @Nullable String defaultDomain) {

    public IdentityProperties {
        aliases = normalize(aliases, false);
        domainAliases = normalize(domainAliases, true);
        defaultDomain = defaultDomain == null || defaultDomain.isBlank() ? null : domain(defaultDomain);
    }

    /** No aliases, no domain aliases, no default domain: resolution only trims and lower-cases. */
    public static IdentityProperties none() {
        return new IdentityProperties(Map.of(), Map.of(), null);
    }

    private static Map<String, String> normalize(@Nullable Map<String, String> map, boolean domains) {
        // configuration binding leaves an absent map null
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, String> normalized = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            String k = domains ? domain(key) : name(key);
            String v = domains ? domain(Objects.requireNonNull(value, key)) : name(Objects.requireNonNull(value, key));
            if (k.isEmpty() || v.isEmpty()) {
                throw new IllegalArgumentException("blank identity alias: '" + key + "' -> '" + value + "'");
            }
            normalized.put(k, v);
        });
        return Map.copyOf(normalized);
    }

    private static String name(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    private static String domain(String value) {
        String d = name(value);
        return d.startsWith("@") ? d.substring(1) : d;
    }
}
