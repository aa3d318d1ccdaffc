package io.loginwatch.enrich;

import io.loginwatch.shared.AccessPath;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import ua_parser.Parser;

/**
 * User agent → browser family, OS family, device type and access path.
 *
 * <p>Two steps. First the access-path table ({@link AccessPathRules}): when a row that names a client matches (a CLI,
 * SDK, mobile app, AWS service ...), that client is the "browser" and the OS comes from a few tokens such clients put
 * in their agents ({@code Linux/5.15}, {@code os/macos}, {@code Darwin/22}) — no regex scan of the browser database,
 * which matters because SDK user agents vary with every command and version. Otherwise (browsers, unknown agents)
 * ua-parser's shared regexes ({@code com.github.ua-parser:uap-java}) name the browser and OS family, and the device type
 * is read from the OS and the agent's mobile/tablet tokens (ua-parser's own device step is skipped: it is the slowest
 * and says little more).
 *
 * <p>ua-parser costs a fraction of a millisecond per new agent, so results are kept in a bounded cache (default
 * {@value #DEFAULT_CACHE_SIZE} agents); a repeated agent costs a hash lookup. Agents are cut at
 * {@value #MAX_LENGTH} characters before anything else. Its patterns load once per JVM, on first use (about 0.2 s).
 * Thread-safe.
 */
public final class UserAgentAnalyzer {

    public static final int DEFAULT_CACHE_SIZE = 10_000;
    static final int MAX_LENGTH = 512;

    /** OS families named by tokens in CLI/SDK/app user agents, first match wins; ua-parser's family names. */
    private static final List<OsHint> OS_HINTS = List.of(
            new OsHint("\\b(iphone|ipad|ios|ipados)\\b|CFNetwork/", "iOS"),
            new OsHint("android|dalvik", "Android"),
            new OsHint("windows|win32|win64|\\bwin(nt)?\\b", "Windows"),
            new OsHint("mac ?os|darwin", "Mac OS X"),
            new OsHint("chrome ?os|\\bcros\\b", "Chrome OS"),
            new OsHint("linux|ubuntu|debian|fedora|centos|red ?hat|alpine|amzn", "Linux"),
            new OsHint("freebsd", "FreeBSD"));

    private static final Set<String> DESKTOP_OS = Set.of(
            "windows",
            "mac os x",
            "linux",
            "ubuntu",
            "chrome os",
            "fedora",
            "debian",
            "freebsd",
            "openbsd",
            "netbsd",
            "solaris",
            "red hat",
            "suse",
            "mint",
            "gentoo",
            "arch linux");

    private static final Set<String> MOBILE_OS =
            Set.of("windows phone", "blackberry os", "blackberry", "kaios", "firefox os", "symbian os", "tizen");

    private record OsHint(Pattern pattern, String family) {
        OsHint(String regex, String family) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), family);
        }
    }

    private static final class Uap {
        static final Parser PARSER = new Parser();
    }

    private final AccessPathRules rules;
    private final BoundedCache<String, UserAgentInfo> agents;
    private final BoundedCache<String, AccessPath> protocols;

    /** The shipped access-path table and a cache of {@value #DEFAULT_CACHE_SIZE} agents. */
    public UserAgentAnalyzer() {
        this(AccessPathRules.defaults(), DEFAULT_CACHE_SIZE);
    }

    UserAgentAnalyzer(AccessPathRules rules, int cacheSize) {
        this.rules = rules;
        this.agents = new BoundedCache<>(cacheSize);
        this.protocols = new BoundedCache<>(1024);
    }

    /** Loads ua-parser's patterns now rather than on the first browser agent (for start-up warm-up). */
    public static void warmUp() {
        Uap.PARSER.parseUserAgent("");
    }

    /** What {@code userAgent} says; {@link UserAgentInfo#UNKNOWN} for null or blank. */
    public UserAgentInfo analyze(@Nullable String userAgent) {
        if (userAgent == null) {
            return UserAgentInfo.UNKNOWN;
        }
        String text = userAgent.length() > MAX_LENGTH ? userAgent.substring(0, MAX_LENGTH) : userAgent;
        text = text.strip();
        if (text.isEmpty()) {
            return UserAgentInfo.UNKNOWN;
        }
        return agents.get(text, this::parse);
    }

    /**
     * The access path a protocol or client-app name means by the same table ({@code IMAP4} → LEGACY_PROTOCOL,
     * {@code Browser} → CONSOLE), {@link AccessPath#UNKNOWN} when no row matches.
     */
    public AccessPath accessPathOfProtocol(@Nullable String protocol) {
        if (protocol == null || protocol.isBlank()) {
            return AccessPath.UNKNOWN;
        }
        String text = protocol.length() > MAX_LENGTH ? protocol.substring(0, MAX_LENGTH) : protocol;
        return protocols.get(text.strip(), key -> {
            AccessPathRules.Rule rule = rules.match(key);
            return rule == null ? AccessPath.UNKNOWN : rule.accessPath();
        });
    }

    private UserAgentInfo parse(String agent) {
        AccessPathRules.Rule rule = rules.match(agent);
        if (rule != null && rule.client() != null) {
            return new UserAgentInfo(
                    rule.client(),
                    osHint(agent),
                    clientDeviceType(rule.accessPath()),
                    rule.accessPath(),
                    rule.client());
        }
        AccessPath accessPath = rule == null ? AccessPath.UNKNOWN : rule.accessPath();
        String browser = family(Uap.PARSER.parseUserAgent(agent).family);
        String os = family(Uap.PARSER.parseOS(agent).family);
        if (os == null) {
            os = osHint(agent);
        }
        return new UserAgentInfo(browser, os, browserDeviceType(agent, browser, os), accessPath, null);
    }

    private static @Nullable String family(@Nullable String family) {
        return family == null || family.isBlank() || family.equals("Other") ? null : family;
    }

    private static @Nullable String osHint(String agent) {
        for (OsHint hint : OS_HINTS) {
            if (hint.pattern().matcher(agent).find()) {
                return hint.family();
            }
        }
        return null;
    }

    private static @Nullable String clientDeviceType(AccessPath accessPath) {
        return switch (accessPath) {
            case CLI_API -> "cli";
            case MOBILE_APP -> "mobile";
            case NON_INTERACTIVE -> "service";
            default -> null;
        };
    }

    private static @Nullable String browserDeviceType(String agent, @Nullable String browser, @Nullable String os) {
        String family = browser == null ? "" : browser.toLowerCase(Locale.ROOT);
        if (family.contains("bot") || family.contains("spider") || family.contains("crawler")) {
            return "bot";
        }
        String system = os == null ? "" : os.toLowerCase(Locale.ROOT);
        boolean mobileToken = agent.contains("Mobile") || agent.contains("iPhone");
        if (agent.contains("iPad") || agent.contains("Tablet") || (system.equals("android") && !mobileToken)) {
            return "tablet";
        }
        if (mobileToken || system.equals("ios") || system.equals("android") || MOBILE_OS.contains(system)) {
            return "mobile";
        }
        if (DESKTOP_OS.contains(system)) {
            return "desktop";
        }
        return null;
    }
}
