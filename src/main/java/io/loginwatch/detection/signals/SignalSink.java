package io.loginwatch.detection.signals;

import io.loginwatch.detection.Signal;
import io.loginwatch.detection.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the signals raised on one sign-in; allocates only when the first one arrives. */
public final class SignalSink {

    private List<Signal> signals = List.of();

    public void add(SignalType type, int weight, String summary, Map<String, Object> evidence) {
        if (signals.isEmpty()) {
            signals = new ArrayList<>(4);
        }
        signals.add(new Signal(type, Math.max(0, Math.min(100, weight)), summary, evidence));
    }

    public boolean isEmpty() {
        return signals.isEmpty();
    }

    public List<Signal> signals() {
        return signals;
    }
}
