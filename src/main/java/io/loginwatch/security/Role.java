package io.loginwatch.security;

import java.util.Locale;

/** API roles. {@code ADMIN} may do everything the others may. */
public enum Role {
    INGEST,
    ANALYST,
    ADMIN;

    static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown role '" + text.trim() + "' in loginwatch.security.api-keys: use ingest, analyst or admin");
        }
    }
}
