package io.loginwatch.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Opaque keyset cursor for newest-first pages: the (time, key) of the last item of a page. */
public record PageCursor(Instant at, long key) {

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((at.toString() + "|" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this API returned */
    public static PageCursor decode(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = decoded.indexOf('|');
            return new PageCursor(Instant.parse(decoded.substring(0, bar)), Long.parseLong(decoded.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cursor '" + text + "' is not a cursor this API returned", e);
        }
    }
}
