package io.loginwatch.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured API keys and the role each grants. Keys are compared in constant time. */
final class ApiKeys {

    private final Map<String, Role> roleByKey;
    private final boolean generated;

    private ApiKeys(Map<String, Role> roleByKey, boolean generated) {
        this.roleByKey = Map.copyOf(roleByKey);
        this.generated = generated;
    }

    /**
     * Parses {@code role:key,role:key} (commas or white space between pairs, so the start-up log line of generated
     * keys can be pasted as it is); blank input generates one random key per role.
     */
    static ApiKeys parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return generate();
        }
        Map<String, Role> keys = new java.util.HashMap<>();
        for (String pair : spec.trim().split("[,\\s]+")) {
            if (pair.isBlank()) {
                continue;
            }
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw new IllegalArgumentException(
                        "loginwatch.security.api-keys entries must look like role:key, got '" + pair.trim() + "'");
            }
            String key = pair.substring(colon + 1).trim();
            if (key.length() < 8) {
                throw new IllegalArgumentException(
                        "API key for role " + pair.substring(0, colon).trim() + " is shorter than 8 characters");
            }
            if (keys.put(key, Role.parse(pair.substring(0, colon))) != null) {
                throw new IllegalArgumentException("The same API key is listed twice in loginwatch.security.api-keys");
            }
        }
        return new ApiKeys(keys, false);
    }

    private static ApiKeys generate() {
        SecureRandom random = new SecureRandom();
        Map<String, Role> keys = new java.util.HashMap<>();
        for (Role role : Role.values()) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            keys.put(
                    role.name().toLowerCase(java.util.Locale.ROOT) + "-"
                            + HexFormat.of().formatHex(bytes),
                    role);
        }
        return new ApiKeys(keys, true);
    }

    Optional<Role> roleOf(String presented) {
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        Role match = null;
        for (Map.Entry<String, Role> entry : roleByKey.entrySet()) {
            if (MessageDigest.isEqual(candidate, entry.getKey().getBytes(StandardCharsets.UTF_8))) {
                match = entry.getValue();
            }
        }
        return Optional.ofNullable(match);
    }

    boolean generated() {
        return generated;
    }

    /** Which roles have at least one key, for the start-up log. */
    java.util.Set<Role> roles() {
        return java.util.EnumSet.copyOf(roleByKey.values());
    }

    /** {@code role:key} pairs, for the one-time start-up log of generated keys. */
    List<String> describe() {
        Map<Role, String> byRole = new EnumMap<>(Role.class);
        roleByKey.forEach((key, role) -> byRole.put(role, key));
        List<String> lines = new ArrayList<>();
        byRole.forEach((role, key) -> lines.add(role.name().toLowerCase(java.util.Locale.ROOT) + ":" + key));
        return lines;
    }
}
