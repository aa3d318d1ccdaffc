package io.loginwatch.scenario;

import java.time.LocalDate;

/**
 * What to generate. Defaults: seed 42, 300 users, 28 days from Monday 2025-04-07 (after every daylight-saving change
 * of the offices' time zones), 5 attacks of each kind, a learning period of 10 successful sign-ins and 7 days (the
 * engine's defaults).
 *
 * @param attacksPerKind planted attacks of each type
 * @param learningSignIns attacks come after the victim has at least this many successful sign-ins ...
 * @param learningDays ... and this many days of history
 */
public record ScenarioSettings(
        long seed, int users, int days, LocalDate start, int attacksPerKind, int learningSignIns, int learningDays) {

    public ScenarioSettings {
        if (users < 60) {
            throw new IllegalArgumentException("users must be at least 60 (attack victims are distinct), got " + users);
        }
        if (days < 21) {
            throw new IllegalArgumentException("days must be at least 21 (learning, trips, attacks), got " + days);
        }
        if (attacksPerKind < 1 || attacksPerKind > 10) {
            throw new IllegalArgumentException("attacksPerKind must be 1-10, got " + attacksPerKind);
        }
    }

    public static ScenarioSettings defaults() {
        return new ScenarioSettings(42, 300, 28, LocalDate.of(2025, 4, 7), 5, 10, 7);
    }

    public ScenarioSettings withSeed(long newSeed) {
        return new ScenarioSettings(newSeed, users, days, start, attacksPerKind, learningSignIns, learningDays);
    }

    public ScenarioSettings withSize(int newUsers, int newDays) {
        return new ScenarioSettings(seed, newUsers, newDays, start, attacksPerKind, learningSignIns, learningDays);
    }

    /** Reads {@code scenario.seed}, {@code scenario.users}, {@code scenario.days}, {@code scenario.attacks-per-kind}. */
    public static ScenarioSettings fromSystemProperties() {
        ScenarioSettings d = defaults();
        return new ScenarioSettings(
                Long.getLong("scenario.seed", d.seed()),
                Integer.getInteger("scenario.users", d.users()),
                Integer.getInteger("scenario.days", d.days()),
                LocalDate.parse(System.getProperty("scenario.start", d.start().toString())),
                Integer.getInteger("scenario.attacks-per-kind", d.attacksPerKind()),
                d.learningSignIns(),
                d.learningDays());
    }
}
