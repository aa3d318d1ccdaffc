package io.loginwatch.correlation;

import io.loginwatch.shared.AuditCategory;
import io.loginwatch.shared.Severity;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Correlation settings ({@code loginwatch.correlation.*}).
 *
 * <p>Escalation rule (each floor raises a finding's score and severity to at least the configured value, never
 * lowers them):
 *
 * <ul>
 *   <li>a login with anomaly signals followed by a sensitive action within the window: at least
 *       {@code sensitive-severity} / {@code sensitive-score} (HIGH / 70), signal SENSITIVE_ACTION_AFTER_LOGIN;
 *   <li>... when one of those actions succeeded and is in a {@code critical-categories} category: at least
 *       {@code critical-severity} / {@code critical-score} (CRITICAL / 90);
 *   <li>a user's first-ever action of a sensitive category (after {@code first-action-learning-period} of history),
 *       even after a normal login: at least {@code first-action-severity} / {@code first-action-score} (LOW / 30),
 *       or {@code first-critical-action-severity} / {@code first-critical-action-score} (LOW / 40) for a critical
 *       category, signal FIRST_SENSITIVE_ACTION.
 * </ul>
 *
 * @param window how long after a login its session's actions are linked to it (default 2h)
 * @param clockSkew how much earlier than the login an event may be stamped and still link, for clocks of different
 *     vendors (default 1m)
 * @param identityProviderSources sources whose logins start federated chains (default okta, entra, google-workspace)
 * @param federationEvents role-assumption event types that continue an IdP login into AWS (default
 *     AssumeRoleWithSAML, AssumeRoleWithWebIdentity)
 * @param criticalCategories categories that make an escalation critical (default CREDENTIAL_CREATED,
 *     PRIVILEGE_GRANTED, LOGGING_DISABLED)
 * @param firstActionLearningPeriod a user's first-ever category counts only once the user's first stored sign-in is
 *     this old (default 7d), so that a fresh install or backfill does not flag everyone
 * @param maxEvidence most linked events kept on one finding, earliest first (default 200)
 */
@Validated
@ConfigurationProperties("loginwatch.correlation")
public record CorrelationProperties(
        @DefaultValue("2h") @NotNull Duration window,
        @DefaultValue("1m") @NotNull Duration clockSkew,

        @DefaultValue({"okta", "entra", "google-workspace"}) @NotEmpty
        Set<String> identityProviderSources,

        @DefaultValue({"AssumeRoleWithSAML", "AssumeRoleWithWebIdentity"}) @NotNull
        Set<String> federationEvents,

        @DefaultValue({"CREDENTIAL_CREATED", "PRIVILEGE_GRANTED", "LOGGING_DISABLED"}) @NotNull
        Set<AuditCategory> criticalCategories,

        @DefaultValue("HIGH") @NotNull Severity sensitiveSeverity,
        @DefaultValue("70") @Min(0) @Max(100) int sensitiveScore,
        @DefaultValue("CRITICAL") @NotNull Severity criticalSeverity,
        @DefaultValue("90") @Min(0) @Max(100) int criticalScore,
        @DefaultValue("LOW") @NotNull Severity firstActionSeverity,
        @DefaultValue("30") @Min(0) @Max(100) int firstActionScore,
        @DefaultValue("LOW") @NotNull Severity firstCriticalActionSeverity,
        @DefaultValue("40") @Min(0) @Max(100) int firstCriticalActionScore,
        @DefaultValue("7d") @NotNull Duration firstActionLearningPeriod,
        @DefaultValue("200") @Positive int maxEvidence) {

    public CorrelationProperties {
        identityProviderSources = Set.copyOf(identityProviderSources);
        federationEvents = Set.copyOf(federationEvents);
        criticalCategories = Set.copyOf(criticalCategories);
    }

    /** The documented defaults. */
    public static CorrelationProperties defaults() {
        return new CorrelationProperties(
                Duration.ofHours(2),
                Duration.ofMinutes(1),
                Set.of("okta", "entra", "google-workspace"),
                Set.of("AssumeRoleWithSAML", "AssumeRoleWithWebIdentity"),
                Set.of(
                        AuditCategory.CREDENTIAL_CREATED,
                        AuditCategory.PRIVILEGE_GRANTED,
                        AuditCategory.LOGGING_DISABLED),
                Severity.HIGH,
                70,
                Severity.CRITICAL,
                90,
                Severity.LOW,
                30,
                Severity.LOW,
                40,
                Duration.ofDays(7),
                200);
    }

    @AssertTrue(message = "window must be positive and clock-skew must not be negative")
    public boolean isWindowValid() {
        return window != null
                && clockSkew != null
                && !window.isNegative()
                && !window.isZero()
                && !clockSkew.isNegative();
    }

    @AssertTrue(message = "first-action-learning-period must not be negative")
    public boolean isLearningPeriodValid() {
        return firstActionLearningPeriod == null || !firstActionLearningPeriod.isNegative();
    }

    @AssertTrue(message = "critical escalation must not be weaker than the sensitive-action escalation")
    public boolean isCriticalAtLeastSensitive() {
        return criticalScore >= sensitiveScore
                && (criticalSeverity == null
                        || sensitiveSeverity == null
                        || criticalSeverity.isAtLeast(sensitiveSeverity))
                && firstCriticalActionScore >= firstActionScore
                && (firstCriticalActionSeverity == null
                        || firstActionSeverity == null
                        || firstCriticalActionSeverity.isAtLeast(firstActionSeverity));
    }
}
