package io.loginwatch.detection;

/** Every behavioural signal Loginwatch can raise on a sign-in. */
public enum SignalType {
    NEW_COUNTRY,
    NEW_LOCATION,
    IMPOSSIBLE_TRAVEL,
    NEW_DEVICE,
    NEW_ASN,
    NEW_APPLICATION,
    NEW_ACCESS_PATH,
    ANONYMIZING_NETWORK,
    UNUSUAL_HOUR,
    NO_MFA,
    FAILURES_THEN_SUCCESS,
    PASSWORD_SPRAY,
    MFA_FATIGUE,
    DORMANT_ACCOUNT,
    SESSION_REPLAY,
    ROOT_OR_BREAK_GLASS,
    SERVICE_ACCOUNT_INTERACTIVE,
    /** Raised by correlation: sensitive control-plane actions followed the login. */
    SENSITIVE_ACTION_AFTER_LOGIN,
    /** Raised by correlation: the user performed a sensitive action category for the first time. */
    FIRST_SENSITIVE_ACTION
}
