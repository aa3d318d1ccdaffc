package io.loginwatch.detection.signals;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Assessment;
import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.PrincipalType;
import org.junit.jupiter.api.Test;

class ServiceAccountInteractiveDetectorTests {

    private final Scenario scenario = new Scenario();

    @Test
    void firesWhenAServiceAccountUsesTheConsole() {
        Assessment assessment = scenario.feed(login("svc-deploy", SignIns.T0)
                .user(SignIns.principal("svc-deploy", PrincipalType.SERVICE_ACCOUNT))
                .interactive(null)
                .accessPath(AccessPath.CONSOLE)
                .build());

        assertThat(assessment.signal(SignalType.SERVICE_ACCOUNT_INTERACTIVE)).satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(45);
            assertThat(signal.summary())
                    .isEqualTo("Service account svc-deploy signed in interactively to the console.");
        });
    }

    @Test
    void firesWhenTheSourceCallsAServicePrincipalSignInInteractive() {
        Assessment assessment = scenario.feed(login("app-1234", SignIns.T0)
                .user(SignIns.principal("app-1234", PrincipalType.SERVICE))
                .interactive(true)
                .accessPath(AccessPath.UNKNOWN)
                .build());

        assertThat(assessment.has(SignalType.SERVICE_ACCOUNT_INTERACTIVE)).isTrue();
    }

    @Test
    void staysSilentForAServiceAccountOnTheApi() {
        Assessment assessment = scenario.feed(login("svc-deploy", SignIns.T0)
                .user(SignIns.principal("svc-deploy", PrincipalType.SERVICE_ACCOUNT))
                .interactive(false)
                .accessPath(AccessPath.CLI_API)
                .build());

        assertThat(assessment.has(SignalType.SERVICE_ACCOUNT_INTERACTIVE)).isFalse();
    }

    @Test
    void staysSilentForAPersonOnTheConsole() {
        Assessment assessment =
                scenario.feed(login("alice@example.com", SignIns.T0).build());

        assertThat(assessment.has(SignalType.SERVICE_ACCOUNT_INTERACTIVE)).isFalse();
    }
}
