package io.loginwatch.source.ocsf;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.shared.SignInKind;
import java.util.List;
import java.util.Map;

/** The enumerations the OCSF mapping reads, as tables (OCSF 1.1.0 and 1.0.0-rc.2). */
final class OcsfTables {

    static final int AUTHENTICATION = 3002;
    static final int API_ACTIVITY = 6003;
    /** API Activity before OCSF 1.0.0 (Security Lake source version 1, category "Audit Activity"). */
    static final int API_ACTIVITY_RC2 = 3005;

    /** {@code status_id}: 1 Success, 2 Failure; 0 Unknown and 99 Other say nothing. */
    static final Map<Integer, Outcome> STATUS = Map.of(1, Outcome.SUCCESS, 2, Outcome.FAILURE);

    /** Authentication {@code activity_id}: 1 Logon, 2 Logoff, 3-5 Kerberos tickets, 6 Preauth, 7 Account Switch. */
    static final Map<Integer, SignInKind> AUTH_ACTIVITY = Map.of(
            1, SignInKind.LOGIN,
            2, SignInKind.LOGOUT,
            3, SignInKind.TOKEN,
            4, SignInKind.TOKEN,
            5, SignInKind.TOKEN,
            6, SignInKind.LOGIN,
            7, SignInKind.LOGIN);

    /** {@code user.type} (CloudTrail {@code userIdentity.type} and generic OCSF user types). */
    static final Map<String, PrincipalType> USER_TYPES = Map.ofEntries(
            Map.entry("Root", PrincipalType.ROOT),
            Map.entry("IAMUser", PrincipalType.IAM_USER),
            Map.entry("AssumedRole", PrincipalType.ASSUMED_ROLE),
            Map.entry("FederatedUser", PrincipalType.FEDERATED_USER),
            Map.entry("SAMLUser", PrincipalType.FEDERATED_USER),
            Map.entry("WebIdentityUser", PrincipalType.FEDERATED_USER),
            Map.entry("IdentityCenterUser", PrincipalType.USER),
            Map.entry("AWSService", PrincipalType.SERVICE),
            Map.entry("AWSAccount", PrincipalType.SERVICE),
            Map.entry("User", PrincipalType.USER),
            Map.entry("Admin", PrincipalType.USER),
            Map.entry("System", PrincipalType.SERVICE),
            Map.entry("Service", PrincipalType.SERVICE_ACCOUNT));

    /** {@code user.type_id}, when {@code type} is absent: 1 User, 2 Admin, 3 System. */
    static final Map<Integer, PrincipalType> USER_TYPE_IDS =
            Map.of(1, PrincipalType.USER, 2, PrincipalType.USER, 3, PrincipalType.SERVICE);

    /** {@code api.operation} values of an authentication record that name its access path. */
    static final Map<String, AccessPath> OPERATION_ACCESS_PATHS = Map.of("ConsoleLogin", AccessPath.CONSOLE);

    /**
     * Request parameters (inside the JSON string {@code api.request.data}) that name the resource an AWS call acted on,
     * in the order they are reported.
     */
    static final List<String> REQUEST_TARGET_KEYS = List.of(
            "userName",
            "roleName",
            "groupName",
            "roleArn",
            "policyArn",
            "instanceProfileName",
            "bucketName",
            "name",
            "trailName",
            "functionName",
            "keyId",
            "secretId",
            "instanceId",
            "groupId",
            "dbInstanceIdentifier");

    private OcsfTables() {}
}
