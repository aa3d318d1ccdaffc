package io.loginwatch.enrich;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which kinds of anonymizing infrastructure an IP belongs to. {@code proxy} covers public and residential proxies.
 */
public record AnonymizerFlags(boolean tor, boolean vpn, boolean hosting, boolean proxy) {

    public static final AnonymizerFlags NONE = new AnonymizerFlags(false, false, false, false);
    public static final AnonymizerFlags TOR = new AnonymizerFlags(true, false, false, false);
    public static final AnonymizerFlags VPN = new AnonymizerFlags(false, true, false, false);
    public static final AnonymizerFlags HOSTING = new AnonymizerFlags(false, false, true, false);
    public static final AnonymizerFlags PROXY = new AnonymizerFlags(false, false, false, true);

    /** The flag named {@code tor}, {@code vpn}, {@code hosting} or {@code proxy} (any case), or null. */
    public static @Nullable AnonymizerFlags named(String flag) {
        return switch (flag.strip().toLowerCase(Locale.ROOT)) {
            case "tor" -> TOR;
            case "vpn" -> VPN;
            case "hosting" -> HOSTING;
            case "proxy" -> PROXY;
            default -> null;
        };
    }

    public AnonymizerFlags or(AnonymizerFlags other) {
        if (other == NONE || other.equals(this)) {
            return this;
        }
        if (this == NONE) {
            return other;
        }
        return new AnonymizerFlags(tor || other.tor, vpn || other.vpn, hosting || other.hosting, proxy || other.proxy);
    }

    public boolean any() {
        return tor || vpn || hosting || proxy;
    }
}
