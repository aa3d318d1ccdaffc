package io.loginwatch.shared;

/** Result of an authentication or an audited action. */
public enum Outcome {
    SUCCESS,
    FAILURE,
    CHALLENGE
}
