package io.loginwatch.shared;

/** What kind of identity signed in; signals such as ROOT_OR_BREAK_GLASS depend on it. */
public enum PrincipalType {
    USER,
    ROOT,
    IAM_USER,
    ASSUMED_ROLE,
    FEDERATED_USER,
    SERVICE_ACCOUNT,
    SERVICE,
    UNKNOWN
}
