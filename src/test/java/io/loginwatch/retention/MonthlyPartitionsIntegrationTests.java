package io.loginwatch.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loginwatch.TestDatabaseConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partitions made ahead, rows moved out of the default partition, old months dropped: on a probe table shaped like
 * {@code sign_in} (same keys, a queue), so the real tables other tests use stay as they are.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
class MonthlyPartitionsIntegrationTests {

    private static final MonthlyPartitions.Table PROBE =
            new MonthlyPartitions.Table("probe_event", "probe_pending", "probe_id");
    private static final Duration RETENTION = Duration.ofDays(400);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    MonthlyPartitions partitions;

    @BeforeEach
    void probeTable() {
        partitions = new MonthlyPartitions(jdbc, transactions);
        jdbc.execute("drop table if exists probe_event, probe_pending");
        jdbc.execute("create table probe_event (id bigint not null, source text not null, source_event_id text not"
                + " null, occurred_at timestamptz not null, user_name text not null, primary key (id, occurred_at),"
                + " unique (source, source_event_id, occurred_at)) partition by range (occurred_at)");
        jdbc.execute("create index probe_event_user_time on probe_event (user_name, occurred_at desc)");
        jdbc.execute("create table probe_event_default partition of probe_event default");
        jdbc.execute("create table probe_pending (probe_id bigint primary key, occurred_at timestamptz not null)");
    }

    @Test
    void createsTheCurrentMonthAndMonthsAheadAndMovesTheirRowsOutOfTheDefaultPartition() {
        month("202712", "2027-12-01 00:00:00+00", "2028-01-01 00:00:00+00");
        event(1, "2028-01-15T10:00:00Z");
        event(2, "2028-02-03T10:00:00Z");
        event(3, "2029-06-01T00:00:00Z"); // beyond the months made ahead: stays in the default partition

        var report = partitions.maintain(PROBE, Instant.parse("2027-12-20T00:00:00Z"), 3, RETENTION);

        assertThat(report.created()).containsExactly("probe_event_202801", "probe_event_202802", "probe_event_202803");
        assertThat(report.movedRows()).isEqualTo(2);
        assertThat(partitionOf(1)).isEqualTo("probe_event_202801");
        assertThat(partitionOf(2)).isEqualTo("probe_event_202802");
        assertThat(partitionOf(3)).isEqualTo("probe_event_default");
        assertThat(count("select count(*) from probe_pending")).isEqualTo(3);
        assertThat(jdbc.queryForList(
                        "select indexdef from pg_indexes where tablename = 'probe_event_202801'", String.class))
                .hasSize(3)
                .anyMatch(index -> index.contains("(user_name, occurred_at DESC)"));
        assertThatThrownBy(() -> event(4, "2028-01-15T10:00:00Z", "e1")).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void secondRunChangesNothing() {
        Instant now = Instant.parse("2027-12-20T00:00:00Z");
        partitions.maintain(PROBE, now, 2, RETENTION);

        var again = partitions.maintain(PROBE, now, 2, RETENTION);

        assertThat(again.created()).isEmpty();
        assertThat(again.dropped()).isEmpty();
        assertThat(partitions.partitions(PROBE)).hasSize(4);
    }

    @Test
    void alignsNewMonthsWithNeighboursWhoseBoundsWereWrittenInAnotherTimeZone() {
        month("202712", "2027-12-01 00:00:00+01", "2028-01-01 00:00:00+01");

        partitions.maintain(PROBE, Instant.parse("2027-12-20T00:00:00Z"), 1, RETENTION);

        var january = partitions.partitions(PROBE).stream()
                .filter(p -> p.name().equals("probe_event_202801"))
                .findFirst()
                .orElseThrow();
        assertThat(january.from()).isEqualTo(Instant.parse("2027-12-31T23:00:00Z"));
        assertThat(january.to()).isEqualTo(Instant.parse("2028-02-01T00:00:00Z"));
    }

    @Test
    void dropsMonthsWhollyOlderThanTheRetentionPeriodWithTheirQueuedRows() {
        month("202401", "2024-01-01 00:00:00+00", "2024-02-01 00:00:00+00");
        month("202402", "2024-02-01 00:00:00+00", "2024-03-01 00:00:00+00");
        event(1, "2024-01-20T10:00:00Z");
        event(2, "2024-02-20T10:00:00Z");
        event(3, "2023-06-01T10:00:00Z"); // default partition, older than the cutoff
        event(4, "2023-12-31T10:00:00Z"); // default partition, older than the cutoff

        // cutoff 2024-02-04: January ended before it, February did not
        var report = partitions.maintain(PROBE, Instant.parse("2025-03-10T00:00:00Z"), 0, RETENTION);

        assertThat(report.dropped()).containsExactly("probe_event_202401");
        assertThat(report.deletedRows()).isEqualTo(2);
        assertThat(jdbc.queryForList("select id from probe_event order by id", Long.class))
                .containsExactly(2L);
        assertThat(jdbc.queryForList("select probe_id from probe_pending order by 1", Long.class))
                .containsExactly(2L);
        assertThat(partitions.partitions(PROBE))
                .extracting(MonthlyPartitions.Partition::name)
                .doesNotContain("probe_event_202401")
                .contains("probe_event_202402", "probe_event_202503", "probe_event_default");
    }

    @Test
    void runsForTheEventTablesOfTheSchema() {
        assertThat(PartitionMaintenance.TABLES)
                .extracting(MonthlyPartitions.Table::name)
                .containsExactly("sign_in", "audit_event");
        for (MonthlyPartitions.Table table : PartitionMaintenance.TABLES) {
            List<MonthlyPartitions.Partition> existing = partitions.partitions(table);
            assertThat(existing).anyMatch(MonthlyPartitions.Partition::isDefault);
            assertThat(count("select count(*) from information_schema.columns where table_name = '" + table.queue()
                            + "' and column_name in ('" + table.queueId() + "', 'occurred_at')"))
                    .isEqualTo(2);
        }
    }

    private void month(String suffix, String from, String to) {
        jdbc.execute("create table probe_event_" + suffix + " partition of probe_event for values from ('" + from
                + "') to ('" + to + "')");
    }

    private void event(long id, String at) {
        event(id, at, "e" + id);
    }

    private void event(long id, String at, String eventId) {
        jdbc.update(
                "insert into probe_event (id, source, source_event_id, occurred_at, user_name)"
                        + " values (?, 'probe', ?, ?::timestamptz, 'u')",
                id,
                eventId,
                at);
        jdbc.update("insert into probe_pending values (?, ?::timestamptz) on conflict do nothing", id, at);
    }

    private String partitionOf(long id) {
        return jdbc.queryForObject("select tableoid::regclass::text from probe_event where id = ?", String.class, id);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
