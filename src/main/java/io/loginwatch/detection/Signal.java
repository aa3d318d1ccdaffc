package io.loginwatch.detection;

import java.util.Map;

/**
 * One reason a sign-in looks suspicious.
 *
 * @param weight contribution to the risk score (0-100)
 * @param summary one human-readable sentence
 * @param evidence what was seen versus what the baseline holds, as JSON-friendly values
 */
public record Signal(SignalType type, int weight, String summary, Map<String, Object> evidence) {

    public Signal {
        evidence = Map.copyOf(evidence);
    }
}
