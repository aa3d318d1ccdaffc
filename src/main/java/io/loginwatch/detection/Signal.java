package io.loginwatch.detection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reason a sign-in looks suspicious.
 *
 * @param weight contribution to the risk score (0-100), after organization context
 * @param summary one human-readable sentence built from the evidence
 * @param evidence what was seen versus what the baseline holds, as JSON-friendly values (strings, numbers, booleans,
 *     lists of strings), in a stable order
 */
public record Signal(SignalType type, int weight, String summary, Map<String, Object> evidence) {

    public Signal {
        if (weight < 0 || weight > 100) {
            throw new IllegalArgumentException("weight must be 0-100: " + weight);
        }
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
