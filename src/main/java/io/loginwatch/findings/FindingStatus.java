package io.loginwatch.findings;

/** Triage state of a finding. */
public enum FindingStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED,
    FALSE_POSITIVE
}
