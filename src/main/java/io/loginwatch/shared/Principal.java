package io.loginwatch.shared;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An identity as the source named it.
 *
 * @param name canonical principal: trimmed and lower-cased, so {@code Alice@Example.com} and {@code alice@example.com}
 *     are one person
 * @param displayName human name, when the source has one
 * @param rawId the vendor's own id (Okta user id, Entra object id, AWS ARN ...)
 * @param type what kind of identity it is
 */
public record Principal(
        String name, @Nullable String displayName, @Nullable String rawId, PrincipalType type) {

    public Principal {
        name = normalize(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("principal name must not be blank");
        }
    }

    public static Principal of(String name) {
        return new Principal(name, null, null, PrincipalType.USER);
    }

    public static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
