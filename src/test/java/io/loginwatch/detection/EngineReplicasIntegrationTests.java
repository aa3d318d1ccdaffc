package io.loginwatch.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.loginwatch.LoginwatchApplication;
import io.loginwatch.TestDatabaseConfiguration;
import io.loginwatch.events.EventStore;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application contexts (two replicas) on one database: their engines run at once and score every sign-in exactly
 * once; when one dies mid-batch (its connection killed while it holds the engine lock), the other finishes the work.
 * "Exactly once" is read from the baselines: each test user's baseline counts every successful sign-in it learned, so
 * a sign-in scored twice would count twice and a skipped one not at all.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
class EngineReplicasIntegrationTests {

    /** The engine's advisory lock key, split the way pg_locks shows a bigint key. */
    private static final long ENGINE_LOCK = 0x4c57454e47494e45L;

    @Autowired
    DataSource dataSource;

    @Autowired
    EventStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoReplicasScoringAtOnceScoreEverySignInExactlyOnce() throws Exception {
        List<SignIn> signIns = signIns("replica-both", 40, 30);
        store.store(signIns, List.of());

        try (ConfigurableApplicationContext a = replica(null);
                ConfigurableApplicationContext b = replica(null)) {
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<EngineRun> runA = CompletableFuture.supplyAsync(() -> runAfter(start, a));
            CompletableFuture<EngineRun> runB = CompletableFuture.supplyAsync(() -> runAfter(start, b));
            EngineRun first = runA.get(5, TimeUnit.MINUTES);
            EngineRun second = runB.get(5, TimeUnit.MINUTES);

            assertThat(first.ran()).isTrue();
            assertThat(second.ran()).isTrue();
            assertThat(first.scored() + second.scored()).isGreaterThanOrEqualTo(signIns.size());
            assertThat(first.scored()).isPositive();
            assertThat(second.scored()).isPositive();
        }
        assertScoredExactlyOnce("replica-both", 40, 30);
    }

    @Test
    void whenOneReplicaDiesMidBatchTheOtherScoresItsBatchAndTheRest() throws Exception {
        List<SignIn> signIns = signIns("replica-dies", 30, 20);
        store.store(signIns, List.of());
        CountDownLatch midBatch = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        ApplicationListener<ApplicationEvent> stall = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof SignInsAssessed
                    && midBatch.getCount() > 0) {
                midBatch.countDown(); // scored, findings not yet written, baselines and queue not yet saved
                await(killed);
            }
        };

        ConfigurableApplicationContext dying = replica(stall);
        try (ConfigurableApplicationContext survivor = replica(null)) {
            CompletableFuture<EngineRun> dyingRun = CompletableFuture.supplyAsync(
                    () -> dying.getBean(DetectionEngine.class).run(true));
            assertThat(midBatch.await(2, TimeUnit.MINUTES)).isTrue();
            Long pid = jdbc.queryForObject(
                    "select pid from pg_locks where locktype = 'advisory' and granted and classid::bigint = ? and objid::bigint = ?",
                    Long.class,
                    ENGINE_LOCK >>> 32,
                    ENGINE_LOCK & 0xffffffffL);
            CompletableFuture<EngineRun> survivorRun = CompletableFuture.supplyAsync(
                    () -> survivor.getBean(DetectionEngine.class).run(true));

            // the dying replica's connection goes away while it holds the lock in the middle of a batch
            jdbc.queryForObject("select pg_terminate_backend(?::int)", Boolean.class, pid);
            killed.countDown();
            assertThat(dyingRun).failsWithin(2, TimeUnit.MINUTES);
            dying.close();

            EngineRun rest = survivorRun.get(5, TimeUnit.MINUTES);
            assertThat(rest.scored()).isGreaterThanOrEqualTo(signIns.size());
        } finally {
            killed.countDown();
            dying.close();
        }
        assertScoredExactlyOnce("replica-dies", 30, 20);
    }

    private void assertScoredExactlyOnce(String prefix, int users, int perUser) {
        List<Integer> counts = jdbc.queryForList(
                "select (baseline->>'successCount')::int from user_baseline where user_name like ? order by 1",
                Integer.class,
                prefix + "-%");
        assertThat(counts).hasSize(users).allMatch(count -> count == perUser);
        Long pending = jdbc.queryForObject(
                "select count(*) from sign_in_pending p join sign_in s on s.id = p.sign_in_id"
                        + " where s.user_name like ?",
                Long.class,
                prefix + "-%");
        assertThat(pending).isZero();
    }

    private ConfigurableApplicationContext replica(@Nullable ApplicationListener<ApplicationEvent> listener) {
        HikariDataSource shared = (HikariDataSource) dataSource;
        SpringApplicationBuilder builder = new SpringApplicationBuilder(LoginwatchApplication.class);
        if (listener != null) {
            builder.listeners(listener);
        }
        return builder.run(
                "--spring.datasource.url=" + shared.getJdbcUrl(),
                "--spring.datasource.username=" + shared.getUsername(),
                "--spring.datasource.password=" + (shared.getPassword() == null ? "" : shared.getPassword()),
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--loginwatch.detection.scheduler-enabled=false",
                "--loginwatch.retention.enabled=false",
                "--loginwatch.detection.batch-size=25");
    }

    private static EngineRun runAfter(CyclicBarrier start, ConfigurableApplicationContext replica) {
        try {
            start.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return replica.getBean(DetectionEngine.class).run(true);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code perUser} successful sign-ins for each of {@code users} users, an hour apart. */
    private static List<SignIn> signIns(String prefix, int users, int perUser) {
        List<SignIn> result = new ArrayList<>();
        Instant start = Instant.parse("2026-07-01T08:00:00Z");
        for (int k = 0; k < perUser; k++) {
            for (int u = 0; u < users; u++) {
                result.add(SignIn.builder()
                        .source("canonical")
                        .sourceEventId(prefix + "-" + u + "-" + k)
                        .occurredAt(start.plusSeconds(3600L * k + u))
                        .user(new Principal(prefix + "-" + u + "@example.com", null, null, PrincipalType.USER))
                        .kind(SignInKind.LOGIN)
                        .outcome(Outcome.SUCCESS)
                        .mfa(true)
                        .ip("198.51.100." + (u % 200 + 1))
                        .device(Device.of("Mozilla/5.0", "dev-" + u))
                        .geo(Geo.fromSource("US", null, "Seattle", 47.61, -122.33))
                        .network(Network.fromSource(64500L, "Example ISP"))
                        .application("Console")
                        .accessPath(AccessPath.CONSOLE)
                        .raw("{}")
                        .build());
            }
        }
        return result;
    }
}
