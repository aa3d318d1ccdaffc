package io.loginwatch.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.shared.Severity;
import io.loginwatch.shared.SignIn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Normal life stays quiet: months of ordinary office work raise nothing at MEDIUM or above. */
class BehaviorModelBenignHistoryTests {

    @Test
    void raisesNothingAtMediumOrAboveOnFourMonthsOfOrdinaryOfficeWork() {
        List<SignIn> signIns = new ArrayList<>();
        for (int user = 0; user < 100; user++) {
            signIns.addAll(Histories.officeWorker("worker" + user + "@example.com", 120, user));
        }
        signIns.sort(Comparator.comparing(SignIn::occurredAt));

        List<Assessment> assessments = new Scenario().feedAll(signIns);

        assertThat(assessments)
                .filteredOn(assessment -> assessment.severity().isAtLeast(Severity.MEDIUM))
                .isEmpty();
        assertThat(assessments.stream().filter(Assessment::isSuspicious).count())
                .isLessThan(signIns.size() / 20);
    }
}
