package io.loginwatch.baseline;

import static io.loginwatch.detection.SignIns.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.Scenario;
import io.loginwatch.detection.SignIns;
import io.loginwatch.detection.TestProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrgProfileTests {

    @Test
    void countsDistinctUsersNotSignIns() {
        Scenario scenario = new Scenario();
        for (int i = 0; i < 20; i++) {
            scenario.feed(login("alice@example.com", SignIns.T0.plus(Duration.ofHours(i)))
                    .geo(SignIns.BERLIN)
                    .build());
        }
        scenario.feed(login("bob@example.com", SignIns.T0).geo(SignIns.BERLIN).build());

        assertThat(scenario.org().usersWithCountry("DE")).isEqualTo(2);
        assertThat(scenario.org().usersWithAsn(7922L)).isEqualTo(2);
        assertThat(scenario.org().usersWithCountry("BR")).isZero();
    }

    @Test
    void tracksFailingSourcesOnlyForAWhileAndWithinBounds() {
        Scenario scenario = new Scenario(TestProperties.with("spray-sources-max", "3"));
        for (int i = 0; i < 5; i++) {
            scenario.feed(SignIns.failure("user" + i + "@example.com", SignIns.T0.plus(Duration.ofMinutes(i)))
                    .ip("198.51.100." + i)
                    .build());
        }

        assertThat(scenario.org().failingSources()).containsOnlyKeys("198.51.100.2", "198.51.100.3", "198.51.100.4");

        scenario.feed(SignIns.failure("late@example.com", SignIns.T0.plus(Duration.ofHours(5)))
                .ip("198.51.100.9")
                .build());

        assertThat(scenario.org().failingSources()).containsOnlyKeys("198.51.100.9");
    }

    @Test
    void remembersEachFailingUserOncePerSource() {
        Scenario scenario = new Scenario();
        for (int i = 0; i < 6; i++) {
            scenario.feed(SignIns.failure("alice@example.com", SignIns.T0.plus(Duration.ofMinutes(i)))
                    .ip("198.51.100.1")
                    .build());
        }

        assertThat(scenario.org()
                        .failingUsersFrom("198.51.100.1", SignIns.T0.plus(Duration.ofMinutes(6)), Duration.ofHours(1)))
                .isEqualTo(1);
    }
}
