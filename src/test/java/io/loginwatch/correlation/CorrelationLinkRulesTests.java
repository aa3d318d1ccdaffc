package io.loginwatch.correlation;

import static io.loginwatch.correlation.CorrelationMother.ALICE;
import static io.loginwatch.correlation.CorrelationMother.ATTACKER_IP;
import static io.loginwatch.correlation.CorrelationMother.HOME_IP;
import static io.loginwatch.correlation.CorrelationMother.T0;
import static io.loginwatch.correlation.CorrelationMother.awsCall;
import static io.loginwatch.correlation.CorrelationMother.oktaAction;
import static io.loginwatch.correlation.CorrelationMother.oktaLogin;
import static io.loginwatch.correlation.CorrelationMother.samlRoleAssumption;
import static io.loginwatch.correlation.CorrelationMother.withOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.SignInKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrelationLinkRulesTests {

    private final LinkRules rules = new LinkRules(CorrelationProperties.defaults());

    @Test
    void linksActionInTheSameSessionAsTheLogin() {
        Login login = oktaLogin(1, T0, ALICE, HOME_IP, "idx-session-1");
        Action action =
                oktaAction(10, T0.plusSeconds(600), ALICE, ATTACKER_IP, "idx-session-1", "system.api_token.create");

        assertThat(rules.directLink(login, action)).isEqualTo(LinkReason.SESSION);
    }

    @Test
    void linksCloudTrailCallToTheRoleAssumptionThatIssuedItsAccessKey() {
        Login assumption = samlRoleAssumption(2, T0, ALICE, ATTACKER_IP, "ASIAEXAMPLEKEY000001");
        Action call =
                awsCall(11, T0.plusSeconds(90), "someone-else", "192.0.2.1", "ASIAEXAMPLEKEY000001", "CreateAccessKey");

        assertThat(rules.directLink(assumption, call)).isEqualTo(LinkReason.ACCESS_KEY);
    }

    @Test
    void accessKeyRuleOnlyAppliesToLoginsThatIssueKeys() {
        Login console = new Login(
                3,
                T0,
                "aws-cloudtrail",
                "ct-3",
                SignInKind.LOGIN,
                "ConsoleLogin",
                Outcome.SUCCESS,
                ALICE,
                null,
                "ASIAEXAMPLEKEY000001");
        Action call = new Action(
                12,
                T0.plusSeconds(60),
                "aws-cloudtrail",
                "ct-call-12",
                ALICE,
                io.loginwatch.shared.PrincipalType.ASSUMED_ROLE,
                null,
                null,
                "ASIAEXAMPLEKEY000001",
                "CreateAccessKey",
                List.of(),
                io.loginwatch.shared.AuditCategory.CREDENTIAL_CREATED,
                true,
                Outcome.SUCCESS);

        assertThat(rules.directLink(console, call)).isNull();
    }

    @Test
    void linksSameUserFromTheSameIpWithoutASharedSession() {
        Login login = oktaLogin(1, T0, ALICE, ATTACKER_IP, "idx-session-1");
        Action action =
                awsCall(13, T0.plusSeconds(1800), ALICE, ATTACKER_IP, "AKIALONGTERMKEY00001", "AttachUserPolicy");

        assertThat(rules.directLink(login, action)).isEqualTo(LinkReason.USER_AND_IP);
    }

    @Test
    void sameIpOfAnotherUserDoesNotLink() {
        Login login = oktaLogin(1, T0, ALICE, ATTACKER_IP, null);
        Action action = awsCall(14, T0.plusSeconds(60), "bob@example.com", ATTACKER_IP, "AKIAX", "AttachUserPolicy");

        assertThat(rules.directLink(login, action)).isNull();
    }

    @Test
    void linksOnlyWithinTheWindowAfterTheLoginAllowingClockSkew() {
        Login login = oktaLogin(1, T0, ALICE, HOME_IP, "s-1");

        assertThat(rules.directLink(login, oktaAction(1, T0.plus(Duration.ofHours(2)), ALICE, null, "s-1", "x")))
                .isEqualTo(LinkReason.SESSION);
        assertThat(rules.directLink(
                        login, oktaAction(2, T0.plus(Duration.ofHours(2)).plusSeconds(1), ALICE, null, "s-1", "x")))
                .isNull();
        assertThat(rules.directLink(login, oktaAction(3, T0.minusSeconds(30), ALICE, null, "s-1", "x")))
                .as("30 s before the login is within the 1 min clock skew")
                .isEqualTo(LinkReason.SESSION);
        assertThat(rules.directLink(login, oktaAction(4, T0.minusSeconds(90), ALICE, null, "s-1", "x")))
                .isNull();
    }

    @Test
    void failedSignInsAndNonSessionKindsAreNotLogins() {
        Login failed = withOutcome(oktaLogin(1, T0, ALICE, HOME_IP, "s-1"), Outcome.FAILURE);
        Login mfaStep = new Login(
                2,
                T0,
                "okta",
                "okta-2",
                SignInKind.MFA,
                "user.authentication.auth_via_mfa",
                Outcome.SUCCESS,
                ALICE,
                HOME_IP,
                "s-1");
        Action action = oktaAction(5, T0.plusSeconds(60), ALICE, HOME_IP, "s-1", "user.account.privilege.grant");

        assertThat(rules.directLink(failed, action)).isNull();
        assertThat(rules.directLink(mfaStep, action)).isNull();
    }

    @Test
    void federatedRoleAssumptionContinuesTheIdentityProviderLoginOfTheSameUser() {
        Login okta = oktaLogin(1, T0, ALICE, ATTACKER_IP, "idx-1");
        Login assumption = samlRoleAssumption(2, T0.plusSeconds(120), ALICE, ATTACKER_IP, "ASIAKEY1");
        Login otherUser = samlRoleAssumption(3, T0.plusSeconds(120), "bob@example.com", ATTACKER_IP, "ASIAKEY2");
        Login tooLate = samlRoleAssumption(4, T0.plus(Duration.ofHours(3)), ALICE, ATTACKER_IP, "ASIAKEY3");

        assertThat(rules.federates(okta, assumption)).isTrue();
        assertThat(rules.federates(okta, otherUser)).isFalse();
        assertThat(rules.federates(okta, tooLate)).isFalse();
        assertThat(rules.federates(assumption, okta)).isFalse();
    }

    @Test
    void webIdentityFederationCountsButAssumeRoleWithAKeyDoesNot() {
        Login okta = oktaLogin(1, T0, ALICE, HOME_IP, null);
        Login webIdentity = new Login(
                2,
                T0.plusSeconds(10),
                "aws-cloudtrail",
                "ct-2",
                SignInKind.ROLE_ASSUMPTION,
                "AssumeRoleWithWebIdentity",
                Outcome.SUCCESS,
                ALICE,
                HOME_IP,
                "ASIAWEB");
        Login plainAssumeRole = new Login(
                3,
                T0.plusSeconds(10),
                "aws-cloudtrail",
                "ct-3",
                SignInKind.ROLE_ASSUMPTION,
                "AssumeRole",
                Outcome.SUCCESS,
                ALICE,
                HOME_IP,
                "ASIAPLAIN");

        assertThat(rules.federates(okta, webIdentity)).isTrue();
        assertThat(rules.federates(okta, plainAssumeRole)).isFalse();
    }

    @Test
    void federationSourcesPreferTheIdentityProviderLoginFromTheSameIp() {
        Login home = oktaLogin(1, T0, ALICE, HOME_IP, "idx-home");
        Login attacker = oktaLogin(2, T0.plusSeconds(60), ALICE, ATTACKER_IP, "idx-evil");
        Login later = oktaLogin(3, T0.plusSeconds(90), ALICE, "192.0.2.50", "idx-other");
        Login assumption = samlRoleAssumption(4, T0.plusSeconds(120), ALICE, ATTACKER_IP, "ASIAKEY1");
        Login fromNowhere = samlRoleAssumption(5, T0.plusSeconds(120), ALICE, "192.0.2.99", "ASIAKEY2");

        assertThat(rules.federationSources(assumption, List.of(home, attacker, later)))
                .containsExactly(attacker);
        assertThat(rules.federationSources(fromNowhere, List.of(home, attacker, later)))
                .as("no IP matches: every IdP login in the window, most recent first")
                .containsExactly(later, attacker, home);
    }

    @Test
    void assumedRoleSessionCallsLinkToTheRoleAssumptionAndThroughTheChainToTheIdentityProviderLogin() {
        Login okta = oktaLogin(1, T0, ALICE, "192.0.2.10", "idx-1");
        Login assumption = samlRoleAssumption(2, T0.plusSeconds(120), ALICE, "192.0.2.10", "ASIAKEY1");
        Action call = awsCall(20, T0.plusSeconds(300), ALICE, "203.0.113.200", "ASIAKEY1", "CreateAccessKey");

        List<LinkRules.Link> links = rules.links(call, List.of(okta, assumption));

        assertThat(links)
                .extracting(l -> l.login().id(), LinkRules.Link::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, LinkReason.ACCESS_KEY),
                        org.assertj.core.groups.Tuple.tuple(1L, LinkReason.FEDERATED_CHAIN));
        assertThat(links.get(1).via()).isEqualTo(assumption);
    }

    @Test
    void chainLinkOutranksTheWeakerUserAndIpLinkToTheSameLogin() {
        Login okta = oktaLogin(1, T0, ALICE, ATTACKER_IP, "idx-1");
        Login assumption = samlRoleAssumption(2, T0.plusSeconds(120), ALICE, ATTACKER_IP, "ASIAKEY1");
        Action call = awsCall(21, T0.plusSeconds(300), ALICE, ATTACKER_IP, "ASIAKEY1", "AttachUserPolicy");

        List<LinkRules.Link> links = rules.links(call, List.of(okta, assumption));

        assertThat(links).hasSize(2);
        assertThat(links.get(1).login()).isEqualTo(okta);
        assertThat(links.get(1).reason()).isEqualTo(LinkReason.FEDERATED_CHAIN);
    }

    @Test
    void callsLinkedOnlyByUserAndIpDoNotStartAChain() {
        Login okta = oktaLogin(1, T0, ALICE, "192.0.2.10", "idx-1");
        Login assumption = samlRoleAssumption(2, T0.plusSeconds(120), ALICE, ATTACKER_IP, "ASIAKEY1");
        Action call = awsCall(22, T0.plusSeconds(300), ALICE, ATTACKER_IP, "AKIAOTHERKEY", "AttachUserPolicy");

        assertThat(rules.links(call, List.of(okta, assumption)))
                .extracting(LinkRules.Link::reason)
                .containsExactly(LinkReason.USER_AND_IP);
    }

    @Test
    void amongEquallyStrongLinksTheMostRecentLoginComesFirst() {
        Login first = oktaLogin(1, T0, ALICE, ATTACKER_IP, null);
        Login second = oktaLogin(2, T0.plusSeconds(600), ALICE, ATTACKER_IP, null);
        Action action = oktaAction(23, T0.plusSeconds(900), ALICE, ATTACKER_IP, null, "user.account.privilege.grant");

        assertThat(rules.links(action, List.of(first, second)))
                .extracting(l -> l.login().id())
                .containsExactly(2L, 1L);
    }
}
