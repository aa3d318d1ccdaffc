package io.loginwatch;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries: no cycles, and no module reaches into another's internal sub-packages. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(LoginwatchApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
