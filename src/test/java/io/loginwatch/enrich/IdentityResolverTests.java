package io.loginwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.loginwatch.shared.Principal;
import io.loginwatch.shared.PrincipalType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityResolverTests {

    private final IdentityResolver resolver = new IdentityResolver(new IdentityProperties(
            Map.of(
                    "alice.n", "alice.nguyen@example.com",
                    "a.nguyen@example.com", "alice.nguyen@example.com",
                    "root", "someone@example.com",
                    "deployer@example-prod-4711.iam.gserviceaccount.com", "bob.okafor@example.com"),
            Map.of(
                    "example.onmicrosoft.com", "example.com",
                    "corp.example.com", "example.com"),
            "example.com"));

    @Test
    void trimsAndLowerCases() {
        IdentityResolver plain = IdentityResolver.withoutAliases();

        assertThat(plain.resolve("  Alice.Nguyen@Example.COM ")).isEqualTo("alice.nguyen@example.com");
        assertThat(plain.resolve("alice.nguyen")).isEqualTo("alice.nguyen");
    }

    @Test
    void mapsAnAliasToItsCanonicalUser() {
        assertThat(resolver.resolve("Alice.N")).isEqualTo("alice.nguyen@example.com");
        assertThat(resolver.resolve("a.nguyen@example.com")).isEqualTo("alice.nguyen@example.com");
    }

    @Test
    void movesAliasedDomainsToTheCanonicalDomain() {
        assertThat(resolver.resolve("Bob.Okafor@example.onmicrosoft.com")).isEqualTo("bob.okafor@example.com");
        assertThat(resolver.resolve("carla.mendes@corp.example.com")).isEqualTo("carla.mendes@example.com");
        assertThat(resolver.resolve("mallory@example.net")).isEqualTo("mallory@example.net");
    }

    @Test
    void looksUpTheAliasTableAgainAfterADomainRule() {
        assertThat(resolver.resolve("a.nguyen@corp.example.com")).isEqualTo("alice.nguyen@example.com");
    }

    @Test
    void givesABareUserNameTheDefaultDomain() {
        assertThat(resolver.resolve("dmitri.volkov")).isEqualTo("dmitri.volkov@example.com");
        assertThat(resolver.resolve(new Principal("bob.okafor", null, null, PrincipalType.IAM_USER))
                        .name())
                .isEqualTo("bob.okafor@example.com");
    }

    @Test
    void leavesNamesThatAreNotUserNamesWithoutADefaultDomain() {
        assertThat(resolver.resolve("Microsoft Graph")).isEqualTo("microsoft graph");
        assertThat(resolver.resolve("arn:aws:iam::111122223333:user/alice"))
                .isEqualTo("arn:aws:iam::111122223333:user/alice");
    }

    @Test
    void appliesTheDefaultDomainOnlyWhenOneIsConfigured() {
        IdentityResolver noDefault = new IdentityResolver(
                new IdentityProperties(Map.of(), Map.of("example.onmicrosoft.com", "example.com"), null));

        assertThat(noDefault.resolve("dmitri.volkov")).isEqualTo("dmitri.volkov");
    }

    @Test
    void letsAnEmailRoleSessionNamePassThrough() {
        Principal session = new Principal(
                "Alice.Nguyen@example.com",
                null,
                "arn:aws:sts::111122223333:assumed-role/OktaAdmin/alice.nguyen@example.com",
                PrincipalType.ASSUMED_ROLE);

        assertThat(resolver.resolve(session).name()).isEqualTo("alice.nguyen@example.com");
        assertThat(resolver.resolve("alice.nguyen@example.com")).isEqualTo("alice.nguyen@example.com");
    }

    @Test
    void neverGivesABareRoleSessionNameTheDefaultDomainButStillAppliesAliases() {
        Principal botoSession = new Principal("botocore-session-1741108800", null, null, PrincipalType.ASSUMED_ROLE);
        Principal aliasedSession = new Principal("alice.n", null, null, PrincipalType.ASSUMED_ROLE);

        assertThat(resolver.resolve(botoSession)).isSameAs(botoSession);
        assertThat(resolver.resolve(aliasedSession).name()).isEqualTo("alice.nguyen@example.com");
    }

    @Test
    void neverRewritesRoot() {
        assertThat(resolver.resolve("root")).isEqualTo("root");
        assertThat(resolver.resolve(" ROOT ")).isEqualTo("root");
        Principal root = new Principal("root", null, "arn:aws:iam::111122223333:root", PrincipalType.ROOT);
        assertThat(resolver.resolve(root)).isSameAs(root);
    }

    @Test
    void neverRewritesServiceAccountsOrServices() {
        assertThat(resolver.resolve("deployer@example-prod-4711.iam.gserviceaccount.com"))
                .isEqualTo("deployer@example-prod-4711.iam.gserviceaccount.com");
        assertThat(resolver.resolve("ec2.amazonaws.com")).isEqualTo("ec2.amazonaws.com");
        assertThat(resolver.resolve("pubsub.googleapis.com")).isEqualTo("pubsub.googleapis.com");

        Principal serviceAccount = new Principal("svc-deploy", null, null, PrincipalType.SERVICE_ACCOUNT);
        Principal service = new Principal("alice.n", null, null, PrincipalType.SERVICE);
        assertThat(resolver.resolve(serviceAccount)).isSameAs(serviceAccount);
        assertThat(resolver.resolve(service)).isSameAs(service);
    }

    @Test
    void keepsDisplayNameRawIdAndTypeWhenReplacingTheName() {
        Principal upn = new Principal(
                "Bob.Okafor@example.onmicrosoft.com",
                "Bob Okafor",
                "5f8a7c2e-1b3d-4e6f-9a0b-c1d2e3f4a5b6",
                PrincipalType.USER);

        Principal resolved = resolver.resolve(upn);

        assertThat(resolved)
                .isEqualTo(new Principal(
                        "bob.okafor@example.com",
                        "Bob Okafor",
                        "5f8a7c2e-1b3d-4e6f-9a0b-c1d2e3f4a5b6",
                        PrincipalType.USER));
    }

    @Test
    void resolvesTheSamePersonFromEverySourceToOneName() {
        assertThat(java.util.stream.Stream.of(
                                "alice.nguyen@example.com", // Okta login, Entra UPN, Workspace, GCP principalEmail
                                "Alice.Nguyen@example.onmicrosoft.com", // Entra UPN before the custom domain
                                "alice.nguyen", // AWS IAM user name
                                "alice.n") // alias
                        .map(resolver::resolve)
                        .distinct())
                .containsExactly("alice.nguyen@example.com");
    }

    @Test
    void normalizesConfiguredKeysAndValues() {
        Map<String, String> aliases = new HashMap<>();
        aliases.put(" Alice.N ", " Alice.Nguyen@Example.com ");
        IdentityProperties properties =
                new IdentityProperties(aliases, Map.of("@Example.OnMicrosoft.com", "@Example.com"), " @Example.com ");

        assertThat(properties.aliases()).containsExactly(Map.entry("alice.n", "alice.nguyen@example.com"));
        assertThat(properties.domainAliases()).containsExactly(Map.entry("example.onmicrosoft.com", "example.com"));
        assertThat(properties.defaultDomain()).isEqualTo("example.com");
    }

    @Test
    void treatsAbsentMapsAsEmptyAndRejectsBlankAliases() {
        IdentityProperties unbound = new IdentityProperties(null, null, " ");

        assertThat(unbound).isEqualTo(IdentityProperties.none());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IdentityProperties(Map.of("alice", " "), Map.of(), null))
                .withMessageContaining("blank identity alias");
    }

    @Test
    void movesAnAliasedDefaultDomainToItsCanonicalDomain() {
        IdentityResolver onmicrosoft = new IdentityResolver(new IdentityProperties(
                Map.of(), Map.of("example.onmicrosoft.com", "example.com"), "example.onmicrosoft.com"));

        assertThat(onmicrosoft.resolve("carla.mendes")).isEqualTo("carla.mendes@example.com");
    }
}
