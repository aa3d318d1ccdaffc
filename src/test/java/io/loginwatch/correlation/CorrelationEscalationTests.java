package io.loginwatch.correlation;

import static io.loginwatch.correlation.CorrelationMother.ALICE;
import static io.loginwatch.correlation.CorrelationMother.ATTACKER_IP;
import static io.loginwatch.correlation.CorrelationMother.T0;
import static io.loginwatch.correlation.CorrelationMother.awsCall;
import static io.loginwatch.correlation.CorrelationMother.failed;
import static io.loginwatch.correlation.CorrelationMother.oktaAction;
import static io.loginwatch.correlation.CorrelationMother.oktaLogin;
import static io.loginwatch.correlation.CorrelationMother.samlRoleAssumption;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Signal;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.AuditCategory;
import io.loginwatch.shared.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorrelationEscalationTests {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    private static final Login LOGIN = oktaLogin(1, T0, ALICE, ATTACKER_IP, "idx-1");
    private static final Login ASSUMPTION = samlRoleAssumption(2, T0.plusSeconds(60), ALICE, ATTACKER_IP, "ASIAKEY1");

    private final Escalation escalation = new Escalation(CorrelationProperties.defaults());

    @Test
    void anomalousLoginFollowedByASensitiveActionIsAtLeastHigh() {
        Evidence secret = action(awsCall(10, T0.plusSeconds(300), ALICE, ATTACKER_IP, "ASIAKEY1", "GetSecretValue"));

        Escalation.Result result = escalation.apply(newCountryFinding(), List.of(secret), NOW);

        assertThat(result.changed()).isTrue();
        assertThat(result.escalated()).isTrue();
        assertThat(result.severity()).isEqualTo(Severity.HIGH);
        assertThat(result.score()).isEqualTo(70);
        assertThat(result.correlationSignals())
                .extracting(Signal::type)
                .containsExactly(SignalType.SENSITIVE_ACTION_AFTER_LOGIN);
    }

    @Test
    void credentialOrPrivilegeOrLoggingActionsMakeItCritical() {
        for (String eventName : List.of("CreateAccessKey", "AttachUserPolicy", "StopLogging")) {
            Evidence evidence = action(awsCall(11, T0.plusSeconds(300), ALICE, ATTACKER_IP, "ASIAKEY1", eventName));

            Escalation.Result result = escalation.apply(newCountryFinding(), List.of(evidence), NOW);

            assertThat(result.severity()).as(eventName).isEqualTo(Severity.CRITICAL);
            assertThat(result.score()).as(eventName).isEqualTo(90);
        }
    }

    @Test
    void aDeniedCriticalAttemptEscalatesToHighButNotCritical() {
        Evidence denied =
                action(failed(awsCall(12, T0.plusSeconds(300), ALICE, ATTACKER_IP, "ASIAKEY1", "CreateAccessKey")));

        Escalation.Result result = escalation.apply(newCountryFinding(), List.of(denied), NOW);

        assertThat(result.severity()).isEqualTo(Severity.HIGH);
        assertThat(result.correlationSignals().get(0).summary())
                .contains("CreateAccessKey (CREDENTIAL_CREATED, failure");
    }

    @Test
    void neverLowersAFindingThatIsAlreadyMoreSevere() {
        Escalation.State critical = new Escalation.State(
                95, Severity.CRITICAL, true, Set.of("IMPOSSIBLE_TRAVEL"), "Far away.", List.of(), List.of());
        Evidence secret = action(awsCall(13, T0.plusSeconds(300), ALICE, ATTACKER_IP, "ASIAKEY1", "GetSecretValue"));

        Escalation.Result result = escalation.apply(critical, List.of(secret), NOW);

        assertThat(result.score()).isEqualTo(95);
        assertThat(result.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(result.escalated())
                .as("a new signal still counts as an escalation")
                .isTrue();
    }

    @Test
    void sensitiveActionsAfterANormalLoginAreLinkedButDoNotEscalate() {
        Escalation.State firstOnly = new Escalation.State(
                45, Severity.MEDIUM, false, Set.of("FIRST_SENSITIVE_ACTION"), "", List.of(), List.of());
        Evidence key = action(awsCall(14, T0.plusSeconds(300), ALICE, ATTACKER_IP, "ASIAKEY1", "CreateAccessKey"));

        Escalation.Result result = escalation.apply(firstOnly, List.of(key), NOW);

        assertThat(result.changed()).isTrue();
        assertThat(result.escalated()).isFalse();
        assertThat(result.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(result.history()).containsEntry("change", "LINKED");
    }

    @Test
    void signalEvidenceListsTheActionsWithTimeCategoryTargetIdsAndMinutesAfterLogin() {
        Evidence key = action(awsCall(15, T0.plusSeconds(180), ALICE, ATTACKER_IP, "ASIAKEY1", "CreateAccessKey"));
        Evidence policy = action(awsCall(16, T0.plusSeconds(420), ALICE, ATTACKER_IP, "ASIAKEY1", "AttachUserPolicy"));

        Escalation.Result result = escalation.apply(newCountryFinding(), List.of(policy, key), NOW);

        Signal signal = result.correlationSignals().get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> actions =
                (List<Map<String, Object>>) signal.evidence().get("actions");
        assertThat(actions).extracting(a -> a.get("action")).containsExactly("CreateAccessKey", "AttachUserPolicy");
        assertThat(actions.get(0))
                .containsEntry("at", T0.plusSeconds(180).toString())
                .containsEntry("category", "CREDENTIAL_CREATED")
                .containsEntry("targets", List.of("bob"))
                .containsEntry("sourceEventId", "ct-call-15")
                .containsEntry("auditEventId", 15L)
                .containsEntry("minutesAfterLogin", 3L);
        assertThat(signal.evidence()).containsEntry("categories", List.of("CREDENTIAL_CREATED", "PRIVILEGE_GRANTED"));
        assertThat(signal.summary())
                .isEqualTo(
                        "Within 2h after this login the session performed 2 sensitive actions:"
                                + " CreateAccessKey (CREDENTIAL_CREATED, +3 min), AttachUserPolicy (PRIVILEGE_GRANTED, +7 min).");
    }

    @Test
    void linkedEventsAreKeptInTimeOrderWithTheChainedSignInFirst() {
        Evidence chained = Evidence.ofSignIn(ASSUMPTION, LOGIN, LinkReason.FEDERATED_CHAIN, List.of("NEW_DEVICE"));
        Evidence key = action(awsCall(17, T0.plusSeconds(180), ALICE, ATTACKER_IP, "ASIAKEY1", "CreateAccessKey"));
        Evidence policy = action(awsCall(18, T0.plusSeconds(420), ALICE, ATTACKER_IP, "ASIAKEY1", "AttachUserPolicy"));

        Escalation.Result result = escalation.apply(newCountryFinding(), List.of(policy, chained, key), NOW);

        assertThat(result.evidence())
                .extracting(Evidence::action)
                .containsExactly("AssumeRoleWithSAML", "CreateAccessKey", "AttachUserPolicy");
        assertThat(result.evidence().get(0).signals()).containsExactly("NEW_DEVICE");
    }

    @Test
    void linkingTheSameEventsAgainChangesNothing() {
        Evidence key = action(awsCall(19, T0.plusSeconds(180), ALICE, ATTACKER_IP, "ASIAKEY1", "CreateAccessKey"));
        Escalation.Result first = escalation.apply(newCountryFinding(), List.of(key), NOW);

        Escalation.Result again = escalation.apply(stateAfter(first), List.of(key), NOW.plusSeconds(60));

        assertThat(again.changed()).isFalse();
        assertThat(again.history()).isNull();
    }

    @Test
    void learningLaterThatALinkedActionWasAFirstEverOneAddsTheSignal() {
        Evidence key = action(awsCall(33, T0.plusSeconds(180), ALICE, ATTACKER_IP, "ASIAKEY1", "CreateAccessKey"));
        Escalation.Result linked = escalation.apply(newCountryFinding(), List.of(key), NOW);

        Escalation.Result again = escalation.apply(stateAfter(linked), List.of(first(actionOf(key))), NOW);

        assertThat(again.changed()).isTrue();
        assertThat(again.evidence()).singleElement().satisfies(e -> {
            assertThat(e.firstOfCategory()).isTrue();
            assertThat(e.link()).as("the first link is kept").isEqualTo(LinkReason.ACCESS_KEY);
        });
        assertThat(again.correlationSignals())
                .extracting(Signal::type)
                .containsExactly(SignalType.SENSITIVE_ACTION_AFTER_LOGIN, SignalType.FIRST_SENSITIVE_ACTION);
        assertThat(again.history())
                .containsEntry("change", "ESCALATED")
                .containsEntry("signalsAdded", List.of("FIRST_SENSITIVE_ACTION"))
                .containsEntry("events", List.of("AUDIT:33"))
                .containsEntry(
                        "reason",
                        "Added FIRST_SENSITIVE_ACTION: CreateAccessKey (CREDENTIAL_CREATED, first-ever, +3 min)"
                                + " followed the login.");
    }

    @Test
    void lateActionRecordsWhenAndWhyTheFindingWasEscalated() {
        Evidence secret = action(awsCall(20, T0.plusSeconds(180), ALICE, ATTACKER_IP, "ASIAKEY1", "GetSecretValue"));
        Escalation.Result high = escalation.apply(newCountryFinding(), List.of(secret), NOW);
        Evidence key = action(awsCall(21, T0.plusSeconds(600), ALICE, ATTACKER_IP, "ASIAKEY1", "CreateAccessKey"));

        Escalation.Result critical = escalation.apply(stateAfter(high), List.of(key), NOW.plusSeconds(3600));

        assertThat(critical.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(critical.history())
                .containsEntry("at", NOW.plusSeconds(3600).toString())
                .containsEntry("change", "ESCALATED")
                .containsEntry("fromSeverity", "HIGH")
                .containsEntry("severity", "CRITICAL")
                .containsEntry("fromScore", 70)
                .containsEntry("score", 90)
                .containsEntry("events", List.of("AUDIT:21"))
                .containsEntry("by", "correlation");
        assertThat((String) critical.history().get("reason"))
                .isEqualTo("Escalated from HIGH (70) to CRITICAL (90): CreateAccessKey (CREDENTIAL_CREATED, +10 min)"
                        + " followed the login.");
        assertThat(critical.correlationSignals()).hasSize(1);
        assertThat(critical.correlationSignals().get(0).summary()).contains("2 sensitive actions");
    }

    @Test
    void explanationKeepsTheLoginsOwnSentencesAndReplacesThePreviousCorrelationOnes() {
        Evidence secret = action(awsCall(22, T0.plusSeconds(180), ALICE, ATTACKER_IP, "ASIAKEY1", "GetSecretValue"));
        Escalation.Result high = escalation.apply(newCountryFinding(), List.of(secret), NOW);
        Evidence key = action(awsCall(23, T0.plusSeconds(600), ALICE, ATTACKER_IP, "ASIAKEY1", "CreateAccessKey"));

        Escalation.Result critical = escalation.apply(stateAfter(high), List.of(key), NOW);

        assertThat(high.explanation()).startsWith("First sign-in from BR. Within 2h");
        assertThat(critical.explanation())
                .startsWith("First sign-in from BR. Within 2h")
                .contains("2 sensitive actions")
                .doesNotContain("1 sensitive action:");
    }

    @Test
    void firstEverSensitiveCategoryCountsEvenAfterANormalLogin() {
        Escalation.Verdict medium = escalation.evaluate(
                false,
                List.of(first(oktaAction(24, T0.plusSeconds(60), ALICE, null, "idx-1", "user.mfa.factor.deactivate"))));
        Escalation.Verdict high = escalation.evaluate(
                false, List.of(first(awsCall(25, T0.plusSeconds(60), ALICE, null, "ASIAKEY1", "CreateLoginProfile"))));

        assertThat(medium.signals()).extracting(Signal::type).containsExactly(SignalType.FIRST_SENSITIVE_ACTION);
        // defaults: LOW, with critical categories scoring higher (docs/quality.md measured the trade-off)
        assertThat(medium.severityFloor()).isEqualTo(Severity.LOW);
        assertThat(medium.scoreFloor()).isEqualTo(30);
        assertThat(high.severityFloor()).isEqualTo(Severity.LOW);
        assertThat(high.scoreFloor()).isEqualTo(40);
        assertThat(high.signals().get(0).summary())
                .isEqualTo("First-ever CREDENTIAL_CREATED action by alice@example.com: CreateLoginProfile on bob.");
        assertThat(high.signals().get(0).evidence()).containsEntry("categories", List.of("CREDENTIAL_CREATED"));
    }

    @Test
    void anomalousLoginWithAFirstEverActionCarriesBothSignals() {
        Evidence key = first(awsCall(26, T0.plusSeconds(60), ALICE, null, "ASIAKEY1", "CreateLoginProfile"));

        Escalation.Verdict verdict = escalation.evaluate(true, List.of(key));

        assertThat(verdict.signals())
                .extracting(Signal::type)
                .containsExactly(SignalType.SENSITIVE_ACTION_AFTER_LOGIN, SignalType.FIRST_SENSITIVE_ACTION);
        assertThat(verdict.severityFloor()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void nonSensitiveAndChainedSignInsAloneRaiseNothing() {
        Evidence read = action(awsCall(27, T0.plusSeconds(60), ALICE, null, "ASIAKEY1", "GetObject"));
        Evidence chained = Evidence.ofSignIn(ASSUMPTION, LOGIN, LinkReason.FEDERATED_CHAIN, List.of());

        assertThat(read.category()).isEqualTo(AuditCategory.DATA_ACCESS);
        assertThat(read.sensitive()).isFalse();
        Escalation.Verdict verdict = escalation.evaluate(true, List.of(read, chained));
        assertThat(verdict.signals()).isEmpty();
        assertThat(verdict.severityFloor()).isEqualTo(Severity.LOW);
    }

    @Test
    void thresholdsComeFromConfiguration() {
        CorrelationProperties d = CorrelationProperties.defaults();
        CorrelationProperties strict = new CorrelationProperties(
                d.window(),
                d.clockSkew(),
                d.identityProviderSources(),
                d.federationEvents(),
                Set.of(AuditCategory.DATA_ACCESS),
                Severity.MEDIUM,
                50,
                Severity.HIGH,
                75,
                d.firstActionSeverity(),
                d.firstActionScore(),
                d.firstCriticalActionSeverity(),
                d.firstCriticalActionScore(),
                d.firstActionLearningPeriod(),
                d.maxEvidence());
        Escalation custom = new Escalation(strict);

        assertThat(custom.evaluate(true, List.of(action(awsCall(28, T0, ALICE, null, "K", "CreateAccessKey"))))
                        .severityFloor())
                .isEqualTo(Severity.MEDIUM);
        assertThat(custom.evaluate(true, List.of(action(awsCall(29, T0, ALICE, null, "K", "GetSecretValue"))))
                        .severityFloor())
                .isEqualTo(Severity.HIGH);
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfLinkedEvents() {
        CorrelationProperties d = CorrelationProperties.defaults();
        Escalation small = new Escalation(new CorrelationProperties(
                d.window(),
                d.clockSkew(),
                d.identityProviderSources(),
                d.federationEvents(),
                d.criticalCategories(),
                d.sensitiveSeverity(),
                d.sensitiveScore(),
                d.criticalSeverity(),
                d.criticalScore(),
                d.firstActionSeverity(),
                d.firstActionScore(),
                d.firstCriticalActionSeverity(),
                d.firstCriticalActionScore(),
                d.firstActionLearningPeriod(),
                2));
        List<Evidence> three = List.of(
                action(awsCall(30, T0.plusSeconds(30), ALICE, null, "K", "GetSecretValue")),
                action(awsCall(31, T0.plusSeconds(10), ALICE, null, "K", "GetSecretValue")),
                action(awsCall(32, T0.plusSeconds(20), ALICE, null, "K", "GetSecretValue")));

        assertThat(small.apply(newCountryFinding(), three, NOW).evidence())
                .extracting(Evidence::id)
                .containsExactly(31L, 32L);
    }

    private static Escalation.State newCountryFinding() {
        return new Escalation.State(
                40, Severity.MEDIUM, true, Set.of("NEW_COUNTRY"), "First sign-in from BR.", List.of(), List.of());
    }

    private static Escalation.State stateAfter(Escalation.Result result) {
        Set<String> types = new java.util.HashSet<>(Set.of("NEW_COUNTRY"));
        result.correlationSignals().forEach(s -> types.add(s.type().name()));
        return new Escalation.State(
                result.score(),
                result.severity(),
                true,
                types,
                result.explanation(),
                result.correlationSignals().stream().map(Signal::summary).toList(),
                result.evidence());
    }

    private static Evidence action(Action action) {
        return Evidence.ofAction(action, LOGIN, LinkReason.ACCESS_KEY, false);
    }

    private static Action actionOf(Evidence e) {
        return awsCall(e.id(), e.occurredAt(), ALICE, ATTACKER_IP, "ASIAKEY1", e.action());
    }

    private static Evidence first(Action action) {
        return Evidence.ofAction(action, LOGIN, LinkReason.SESSION, true);
    }
}
