package io.loginwatch.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a table partitioned by month on {@code occurred_at}: the current month and {@code monthsAhead} more exist
 * (rows that had landed in the default partition for such a month are moved into it, in the same transaction that
 * attaches it), and months wholly older than the retention period are dropped, together with their work-queue rows.
 * Each step is its own short transaction under a transaction-scoped advisory lock, so replicas may all run it.
 */
final class MonthlyPartitions {

    /**
     * A partitioned event table and the work queue that refers to its rows.
     *
     * @param name the partitioned table; its months are named {@code <name>_YYYYMM}, its default {@code <name>_default}
     * @param queue the work queue table (rows {@code (queueId, occurred_at)})
     * @param queueId the queue's column holding the table's id
     */
    record Table(String name, String queue, String queueId) {}

    /** One partition and its bounds; null bounds for the default partition. */
    record Partition(
            String name, @Nullable Instant from, @Nullable Instant to) {
        boolean isDefault() {
            return from == null;
        }

        boolean contains(Instant at) {
            return from != null && to != null && !at.isBefore(from) && at.isBefore(to);
        }
    }

    /** What a run did to one table. */
    record Report(String table, List<String> created, long movedRows, List<String> dropped, long deletedRows) {}

    /** Advisory lock key: "LWPARTS". */
    private static final long LOCK = 0x4c57504152545300L;

    private static final Pattern BOUNDS = Pattern.compile("FROM \\('([^']+)'\\) TO \\('([^']+)'\\)");
    private static final DateTimeFormatter PG_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]X");
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMM");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    MonthlyPartitions(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    Report maintain(Table table, Instant now, int monthsAhead, Duration retention) {
        List<String> created = new ArrayList<>();
        long moved = 0;
        YearMonth current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        for (int ahead = 0; ahead <= monthsAhead; ahead++) {
            YearMonth month = current.plusMonths(ahead);
            Long rows = transactions.execute(status -> createMonth(table, month));
            if (rows != null && rows >= 0) {
                created.add(partitionName(table, month));
                moved += rows;
            }
        }
        Instant cutoff = now.minus(retention);
        List<String> dropped = new ArrayList<>();
        for (Partition partition : partitions(table)) {
            if (!partition.isDefault()
                    && partition.to() != null
                    && !partition.to().isAfter(cutoff)) {
                Boolean done = transactions.execute(status -> drop(table, partition));
                if (Boolean.TRUE.equals(done)) {
                    dropped.add(partition.name());
                }
            }
        }
        Long deleted = transactions.execute(status -> deleteOldDefaultRows(table, cutoff));
        return new Report(table.name(), created, moved, dropped, deleted == null ? 0 : deleted);
    }

    /** The table's partitions with their bounds in UTC. */
    List<Partition> partitions(Table table) {
        List<Partition> result = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            jdbc.execute("set local timezone = 'UTC'");
            jdbc.query(
                    "select c.relname, pg_get_expr(c.relpartbound, c.oid) from pg_inherits i"
                            + " join pg_class c on c.oid = i.inhrelid where i.inhparent = ?::regclass order by 1",
                    rs -> {
                        String bound = rs.getString(2);
                        Matcher m = BOUNDS.matcher(bound);
                        if (m.find()) {
                            result.add(new Partition(rs.getString(1), instant(m.group(1)), instant(m.group(2))));
                        } else {
                            result.add(new Partition(rs.getString(1), null, null));
                        }
                    },
                    table.name());
        });
        return result;
    }

    /** Creates the month's partition unless one covers it; returns rows moved from the default, or -1 if none made. */
    private long createMonth(Table table, YearMonth month) {
        if (!lock()) {
            return -1;
        }
        List<Partition> partitions = partitions(table);
        Instant start = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant middle = start.plus(Duration.ofDays(14));
        Partition defaultPartition = null;
        for (Partition partition : partitions) {
            if (partition.isDefault()) {
                defaultPartition = partition;
            } else if (partition.contains(middle)) {
                return -1;
            }
        }
        // line up with neighbours whose bounds were written in another time zone, so no hours fall between months
        Instant from = start;
        Instant to = end;
        for (Partition partition : partitions) {
            if (partition.isDefault()) {
                continue;
            }
            if (near(partition.to(), start)) {
                from = partition.to();
            }
            if (near(partition.from(), end)) {
                to = partition.from();
            }
        }
        String name = partitionName(table, month);
        String bounds = "for values from ('" + from + "') to ('" + to + "')";
        long waiting = 0;
        if (defaultPartition != null) {
            jdbc.execute("lock table " + defaultPartition.name() + " in access exclusive mode");
            Long count = jdbc.queryForObject(
                    "select count(*) from " + defaultPartition.name() + " where occurred_at >= ? and occurred_at < ?",
                    Long.class,
                    java.sql.Timestamp.from(from),
                    java.sql.Timestamp.from(to));
            waiting = count == null ? 0 : count;
        }
        if (waiting == 0) {
            jdbc.execute("create table " + name + " partition of " + table.name() + " " + bounds);
            return 0;
        }
        // rows of this month sit in the default partition: move them into a new table and attach it as the month
        jdbc.execute("create table " + name + " (like " + table.name() + " including defaults including constraints)");
        jdbc.update(
                "with moved as (delete from " + defaultPartition.name()
                        + " where occurred_at >= ? and occurred_at < ? returning *) insert into " + name
                        + " select * from moved",
                java.sql.Timestamp.from(from),
                java.sql.Timestamp.from(to));
        jdbc.execute("alter table " + table.name() + " attach partition " + name + " " + bounds);
        return waiting;
    }

    private boolean drop(Table table, Partition partition) {
        if (!lock()) {
            return false;
        }
        jdbc.update("delete from " + table.queue() + " where occurred_at < ?", java.sql.Timestamp.from(partition.to()));
        jdbc.execute("drop table " + partition.name());
        return true;
    }

    private long deleteOldDefaultRows(Table table, Instant cutoff) {
        if (!lock()) {
            return 0;
        }
        long deleted = 0;
        for (Partition partition : partitions(table)) {
            if (partition.isDefault()) {
                Long rows = jdbc.queryForObject(
                        "with gone as (delete from " + partition.name() + " where occurred_at < ? returning id),"
                                + " unqueued as (delete from " + table.queue() + " where " + table.queueId()
                                + " in (select id from gone)) select count(*) from gone",
                        Long.class,
                        java.sql.Timestamp.from(cutoff));
                deleted += rows == null ? 0 : rows;
            }
        }
        return deleted;
    }

    private boolean lock() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK));
    }

    private static boolean near(@Nullable Instant bound, Instant target) {
        return bound != null && Duration.between(bound, target).abs().compareTo(Duration.ofDays(1)) <= 0;
    }

    static String partitionName(Table table, YearMonth month) {
        return table.name() + "_" + month.format(SUFFIX);
    }

    private static Instant instant(String pg) {
        return OffsetDateTime.parse(pg, PG_TIMESTAMP).toInstant();
    }
}
