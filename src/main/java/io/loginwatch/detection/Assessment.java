package io.loginwatch.detection;

import io.loginwatch.shared.Severity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The engine's verdict on one sign-in: its signals, combined score and severity, and a readable explanation.
 *
 * @param score 0-100, 0 when there is no signal
 * @param severity the band the score falls in; LOW when there is no signal
 * @param explanation one paragraph built from the signals' summaries, empty when there is no signal
 */
public record Assessment(List<Signal> signals, int score, Severity severity, String explanation) {

    /** A sign-in with nothing to report. */
    public static final Assessment NONE = new Assessment(List.of(), 0, Severity.LOW, "");

    public Assessment {
        signals = List.copyOf(signals);
    }

    public boolean isSuspicious() {
        return !signals.isEmpty();
    }

    /** The signal of the given type, if raised. */
    public @Nullable Signal signal(SignalType type) {
        for (Signal signal : signals) {
            if (signal.type() == type) {
                return signal;
            }
        }
        return null;
    }

    public boolean has(SignalType type) {
        return signal(type) != null;
    }
}
