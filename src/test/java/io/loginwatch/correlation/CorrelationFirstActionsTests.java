package io.loginwatch.correlation;

import static io.loginwatch.correlation.CorrelationMother.ALICE;
import static io.loginwatch.correlation.CorrelationMother.T0;
import static io.loginwatch.correlation.CorrelationMother.awsCall;
import static io.loginwatch.correlation.CorrelationMother.oktaAction;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.shared.AuditCategory;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.PrincipalType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorrelationFirstActionsTests {

    private final FirstActions firstActions = new FirstActions(Duration.ofDays(7));

    @Test
    void catalogClassifiesTheChainsActionsIntoCategories() {
        assertThat(awsCall(1, T0, ALICE, null, "K", "CreateLoginProfile").category())
                .isEqualTo(AuditCategory.CREDENTIAL_CREATED);
        assertThat(awsCall(2, T0, ALICE, null, "K", "AttachUserPolicy").category())
                .isEqualTo(AuditCategory.PRIVILEGE_GRANTED);
        assertThat(awsCall(3, T0, ALICE, null, "K", "StopLogging").category())
                .isEqualTo(AuditCategory.LOGGING_DISABLED);
        assertThat(oktaAction(4, T0, ALICE, null, null, "user.mfa.factor.deactivate")
                        .category())
                .isEqualTo(AuditCategory.IAM_CHANGE);
        assertThat(awsCall(5, T0, ALICE, null, "K", "DescribeInstances").category())
                .isEqualTo(AuditCategory.OTHER);
    }

    @Test
    void aCategoryTheUserHasNeverActedInIsNew() {
        Action loginProfile = awsCall(1, T0, ALICE, null, "K", "CreateLoginProfile");

        assertThat(firstActions.isNewCategory(loginProfile, Set.of())).isTrue();
        assertThat(firstActions.isNewCategory(loginProfile, EnumSet.of(AuditCategory.IAM_CHANGE)))
                .isTrue();
        assertThat(firstActions.isNewCategory(loginProfile, EnumSet.of(AuditCategory.CREDENTIAL_CREATED)))
                .isFalse();
    }

    @Test
    void unclassifiedActionsAreNeverACategory() {
        assertThat(firstActions.isNewCategory(awsCall(1, T0, ALICE, null, "K", "DescribeInstances"), Set.of()))
                .isFalse();
    }

    @Test
    void nonSensitiveActionsTeachACategoryButNeverCount() {
        Action read = awsCall(1, T0, ALICE, null, "K", "GetObject");

        assertThat(firstActions.isNewCategory(read, Set.of())).isTrue();
        assertThat(firstActions.counts(read, T0.minus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void countsOnlyOnceTheUserHasALearningPeriodOfHistory() {
        Action loginProfile = awsCall(1, T0, ALICE, null, "K", "CreateLoginProfile");

        assertThat(firstActions.counts(loginProfile, T0.minus(Duration.ofDays(7))))
                .isTrue();
        assertThat(firstActions.counts(loginProfile, T0.minus(Duration.ofDays(6))))
                .isFalse();
        assertThat(firstActions.counts(loginProfile, null))
                .as("a user who never signed in")
                .isFalse();
    }

    @Test
    void cloudServicesActingOnTheirOwnNeverCount() {
        Action byService = new Action(
                1,
                T0,
                "aws-cloudtrail",
                "ct-1",
                "iam.amazonaws.com",
                PrincipalType.SERVICE,
                null,
                null,
                null,
                "CreateLoginProfile",
                List.of(),
                AuditCategory.CREDENTIAL_CREATED,
                true,
                Outcome.SUCCESS);

        assertThat(firstActions.counts(byService, T0.minus(Duration.ofDays(30))))
                .isFalse();
    }
}
