package io.loginwatch.findings;

import io.loginwatch.detection.Signal;
import io.loginwatch.shared.SignIn;
import java.time.Instant;
import java.util.List;

/** Applies suppression rules to a sign-in's signals. The rule set is small and read once per engine batch. */
final class Suppressions {

    private final List<SuppressionRule> rules;

    Suppressions(List<SuppressionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The signals no rule silences. */
    List<Signal> remaining(SignIn signIn, List<Signal> signals, Instant now) {
        if (rules.isEmpty()) {
            return signals;
        }
        return signals.stream()
                .filter(signal -> rules.stream().noneMatch(rule -> rule.suppresses(signIn, signal, now)))
                .toList();
    }
}
