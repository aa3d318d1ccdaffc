package io.loginwatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.TestDatabaseConfiguration;
import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.Device;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.Network;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bulk storage through COPY: new batches stored and queued, retries and overlaps stored once. */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
class EventStoreIntegrationTests {

    @Autowired
    EventStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesLargeBatchWithCopyAndQueuesEveryRowUnderItsId() {
        List<SignIn> batch = signIns("copy-new", 0, 200);

        StoreResult result = store.store(batch, List.of());

        assertThat(result).isEqualTo(new StoreResult(200, 0));
        assertThat(count("select count(*) from sign_in where source_event_id like 'copy-new-%'"))
                .isEqualTo(200);
        assertThat(count("select count(*) from sign_in s join sign_in_pending p on p.sign_in_id = s.id"
                        + " and p.occurred_at = s.occurred_at where s.source_event_id like 'copy-new-%'"))
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select raw->>'note' from sign_in where source_event_id = 'copy-new-7'", String.class))
                .isEqualTo("tab\there, new\nline, back\\slash, \"quote\" é");
        assertThat(jdbc.queryForObject(
                        "select host(ip) || ' ' || auth_methods[2] || ' ' || mfa from sign_in"
                                + " where source_event_id = 'copy-new-7'",
                        String.class))
                .isEqualTo("198.51.100.7 pass\"word true");
    }

    @Test
    void storesRetriedLargeBatchOnce() {
        List<SignIn> batch = signIns("copy-retry", 0, 150);
        store.store(batch, List.of());

        StoreResult again = store.store(batch, List.of());

        assertThat(again).isEqualTo(new StoreResult(0, 150));
        assertThat(count("select count(*) from sign_in where source_event_id like 'copy-retry-%'"))
                .isEqualTo(150);
    }

    @Test
    void storesOnlyTheNewRowsOfAnOverlappingBatchAndDuplicatesWithinABatchOnce() {
        store.store(signIns("copy-overlap", 0, 100), List.of());
        List<SignIn> overlapping = new ArrayList<>(signIns("copy-overlap", 50, 150));
        overlapping.addAll(signIns("copy-overlap", 140, 150)); // the same records twice in one batch

        StoreResult result = store.store(overlapping, List.of());

        assertThat(result).isEqualTo(new StoreResult(50, 60));
        assertThat(count("select count(*) from sign_in where source_event_id like 'copy-overlap-%'"))
                .isEqualTo(150);
        assertThat(count("select count(*) from sign_in s join sign_in_pending p on p.sign_in_id = s.id"
                        + " where s.source_event_id like 'copy-overlap-%'"))
                .isEqualTo(150);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private static List<SignIn> signIns(String prefix, int from, int to) {
        List<SignIn> result = new ArrayList<>();
        for (int i = from; i < to; i++) {
            result.add(SignIn.builder()
                    .source("canonical")
                    .sourceEventId(prefix + "-" + i)
                    .occurredAt(Instant.parse("2026-05-01T10:00:00Z").plusSeconds(i))
                    .user(new Principal("copy-user" + i % 7 + "@example.com", "Copy User", null, PrincipalType.USER))
                    .kind(SignInKind.LOGIN)
                    .outcome(Outcome.SUCCESS)
                    .mfa(true)
                    .authMethods(List.of("push", "pass\"word"))
                    .ip("198.51.100." + i % 250)
                    .device(Device.of("Mozilla/5.0\t(tab)", "dev-" + i))
                    .geo(Geo.fromSource("US", null, "Seattle", 47.61, -122.33))
                    .network(Network.fromSource(64500L, "Example ISP"))
                    .accessPath(AccessPath.CONSOLE)
                    .raw("{\"note\":\"tab\\there, new\\nline, back\\\\slash, \\\"quote\\\" é\",\"i\":" + i + "}")
                    .build());
        }
        return result;
    }
}
