package io.loginwatch.enrich;

import io.loginwatch.shared.AccessPath;
import org.jspecify.annotations.Nullable;

/**
 * What a user agent says about the client.
 *
 * @param browser browser family ({@code Chrome}, {@code Mobile Safari}) or, for a known non-browser client, the
 *     client's name from the access-path table ({@code aws-cli}, {@code terraform})
 * @param os operating-system family ({@code Windows}, {@code Mac OS X}, {@code Linux}, {@code iOS}, {@code Android})
 * @param deviceType {@code desktop}, {@code mobile}, {@code tablet}, {@code bot}, {@code cli} (command-line tools
 *     and SDKs) or {@code service} (a cloud service acting on its own); null when unknown
 * @param accessPath the access path the access-path table gives, {@link AccessPath#UNKNOWN} when no row matches
 * @param client the access-path table's client name, null for browsers and unmatched agents
 */
public record UserAgentInfo(
        @Nullable String browser,
        @Nullable String os,
        @Nullable String deviceType,
        AccessPath accessPath,
        @Nullable String client) {

    public static final UserAgentInfo UNKNOWN = new UserAgentInfo(null, null, null, AccessPath.UNKNOWN, null);
}
