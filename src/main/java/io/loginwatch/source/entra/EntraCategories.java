package io.loginwatch.source.entra;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.PrincipalType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The tables behind the Entra mapping: what each diagnostic category holds, and what each client app means. */
final class EntraCategories {

    /**
     * A sign-in category.
     *
     * @param principalType who signs in
     * @param userField where the login name is ({@code userPrincipalName} or {@code servicePrincipalName})
     * @param rawIdField where the directory object id is
     * @param interactive {@code false} when the category is non-interactive by definition, {@code null} to read
     *     {@code isInteractive}
     * @param accessPath the access path the category implies, {@code null} to derive it from {@code clientAppUsed}
     * @param mfaKnown whether the record can say anything about MFA (service principals never do)
     */
    record SignInCategory(
            PrincipalType principalType,
            String userField,
            String rawIdField,
            @Nullable Boolean interactive,
            @Nullable AccessPath accessPath,
            boolean mfaKnown) {}

    static final String AUDIT_LOGS = "AuditLogs";

    static final Map<String, SignInCategory> SIGN_INS = Map.of(
            "SignInLogs",
            new SignInCategory(PrincipalType.USER, "userPrincipalName", "userId", null, null, true),
            "NonInteractiveUserSignInLogs",
            new SignInCategory(
                    PrincipalType.USER, "userPrincipalName", "userId", false, AccessPath.NON_INTERACTIVE, true),
            "ServicePrincipalSignInLogs",
            new SignInCategory(
                    PrincipalType.SERVICE_ACCOUNT,
                    "servicePrincipalName",
                    "servicePrincipalId",
                    false,
                    AccessPath.CLI_API,
                    false),
            "ManagedIdentitySignInLogs",
            new SignInCategory(
                    PrincipalType.SERVICE_ACCOUNT,
                    "servicePrincipalName",
                    "servicePrincipalId",
                    false,
                    AccessPath.CLI_API,
                    false));

    /** {@code clientAppUsed} values of basic-auth protocols that cannot do MFA (lower case; matched ignoring case). */
    static final Set<String> LEGACY_CLIENTS = Stream.of(
                    "AutoDiscover",
                    "Exchange ActiveSync",
                    "Exchange Online PowerShell",
                    "Exchange Web Services",
                    "IMAP",
                    "IMAP4",
                    "MAPI Over HTTP",
                    "Offline Address Book",
                    "Other clients",
                    "Outlook Anywhere (RPC over HTTP)",
                    "POP",
                    "POP3",
                    "Reporting Web Services",
                    "SMTP",
                    "Authenticated SMTP",
                    "Universal Outlook")
            .map(client -> client.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** Other {@code clientAppUsed} values with a clear meaning; anything else is left for enrichment. */
    static final Map<String, AccessPath> CLIENT_ACCESS_PATHS = Map.of("Browser", AccessPath.CONSOLE);

    private EntraCategories() {}

    static AccessPath accessPathOf(@Nullable String clientAppUsed) {
        if (clientAppUsed == null) {
            return AccessPath.UNKNOWN;
        }
        if (LEGACY_CLIENTS.contains(clientAppUsed.trim().toLowerCase(Locale.ROOT))) {
            return AccessPath.LEGACY_PROTOCOL;
        }
        return CLIENT_ACCESS_PATHS.getOrDefault(clientAppUsed, AccessPath.UNKNOWN);
    }
}
