package io.loginwatch.shared;

/** The flavour of an authentication record; only some kinds establish a session. */
public enum SignInKind {
    /** Primary authentication that starts a session. */
    LOGIN,
    /** A second-factor step (push, OTP ...) on its own record. */
    MFA,
    /** Single sign-on from the identity provider into an application. */
    SSO,
    /** Role assumption / federation (AssumeRoleWithSAML ...). */
    ROLE_ASSUMPTION,
    /** Temporary credentials issued (GetSessionToken ...). */
    TOKEN,
    LOCKOUT,
    LOGOUT;

    /** Whether a successful record of this kind opens a session that the baseline should learn from. */
    public boolean opensSession() {
        return this == LOGIN || this == SSO || this == ROLE_ASSUMPTION || this == TOKEN;
    }
}
