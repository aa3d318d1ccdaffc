package io.loginwatch.detection;

import io.loginwatch.shared.Severity;
import java.util.List;

/** The engine's verdict on one sign-in: its signals, combined score and severity, and a readable explanation. */
public record Assessment(List<Signal> signals, int score, Severity severity, String explanation) {

    public Assessment {
        signals = List.copyOf(signals);
    }

    public boolean isSuspicious() {
        return !signals.isEmpty();
    }
}
