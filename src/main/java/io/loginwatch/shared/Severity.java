package io.loginwatch.shared;

/** Severity band of a finding, ordered from least to most urgent. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
