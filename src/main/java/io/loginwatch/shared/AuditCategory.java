package io.loginwatch.shared;

/** What a control-plane action means for an attacker's chain. */
public enum AuditCategory {
    IAM_CHANGE,
    CREDENTIAL_CREATED,
    PRIVILEGE_GRANTED,
    LOGGING_DISABLED,
    DATA_ACCESS,
    MAIL_RULE,
    NETWORK_EXPOSURE,
    OTHER
}
