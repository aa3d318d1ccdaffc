package io.loginwatch.detection;

/** How the weights of a sign-in's signals combine into one risk score (0-100). */
public enum ScoreCombination {
    /**
     * {@code 100 * (1 - Π(1 - w_i / 100))}: each signal removes its share of the remaining doubt, so two signals of
     * 50 give 75, not 100, and the score never exceeds 100. The default.
     */
    PROBABILISTIC,
    /** {@code min(100, Σ w_i)}: plain sum, capped. */
    SUM
}
