package io.loginwatch.shared;

/** How a principal reached the service. */
public enum AccessPath {
    /** Interactive browser / web console. */
    CONSOLE,
    /** Command-line tools, SDKs and direct API calls. */
    CLI_API,
    /** Single sign-on into an application from an identity provider. */
    SSO,
    MOBILE_APP,
    /** IMAP/POP/SMTP/EWS and other basic-auth protocols that cannot do MFA. */
    LEGACY_PROTOCOL,
    /** Token refreshes and other sign-ins without a human at the keyboard. */
    NON_INTERACTIVE,
    UNKNOWN
}
