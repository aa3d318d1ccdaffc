package io.loginwatch.correlation;

/** Why an audit event (or a chained sign-in) belongs to a login, strongest first. */
public enum LinkReason {
    /** The event carries the temporary access key the login (role assumption, session token) handed out. */
    ACCESS_KEY(0),
    /** The event ran in the login's session (same session id). */
    SESSION(0),
    /** IdP login, then a federated role assumption by the same user, then that role session's calls. */
    FEDERATED_CHAIN(1),
    /** Same canonical user from the same IP address. */
    USER_AND_IP(2),
    /** Nothing links; the user's most recent login before the event stands in (first-ever actions only). */
    LATEST_LOGIN(3);

    private final int strength;

    LinkReason(int strength) {
        this.strength = strength;
    }

    /** Lower is stronger; reasons of equal strength are equally good. */
    public int strength() {
        return strength;
    }
}
