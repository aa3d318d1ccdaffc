package io.loginwatch.retention;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs {@link MonthlyPartitions} for {@code sign_in} and {@code audit_event} at start-up and every
 * {@code loginwatch.retention.interval} (default 6 h), unless {@code loginwatch.retention.enabled=false}.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
class PartitionMaintenance {

    static final List<MonthlyPartitions.Table> TABLES = List.of(
            new MonthlyPartitions.Table("sign_in", "sign_in_pending", "sign_in_id"),
            new MonthlyPartitions.Table("audit_event", "audit_pending", "audit_id"));

    private static final Logger log = LoggerFactory.getLogger(PartitionMaintenance.class);

    private final MonthlyPartitions partitions;
    private final RetentionProperties properties;
    private final Clock clock;

    PartitionMaintenance(
            JdbcTemplate jdbc, TransactionTemplate transactions, RetentionProperties properties, Clock clock) {
        this.partitions = new MonthlyPartitions(jdbc, transactions);
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        scheduled();
    }

    @Scheduled(
            fixedDelayString = "${loginwatch.retention.interval:6h}",
            initialDelayString = "${loginwatch.retention.interval:6h}")
    void scheduled() {
        if (!properties.enabled()) {
            return;
        }
        try {
            run();
        } catch (RuntimeException e) {
            log.error("Partition maintenance failed; it runs again in {}", properties.interval(), e);
        }
    }

    /** One pass over every event table; returns what it did. */
    List<MonthlyPartitions.Report> run() {
        var now = clock.instant();
        List<MonthlyPartitions.Report> reports = TABLES.stream()
                .map(table -> partitions.maintain(table, now, properties.monthsAhead(), properties.period()))
                .toList();
        for (MonthlyPartitions.Report report : reports) {
            if (!report.created().isEmpty() || !report.dropped().isEmpty() || report.deletedRows() > 0) {
                log.info(
                        "Partitions of {}: created {} (moved {} rows from the default partition), dropped {}"
                                + " (retention {}), deleted {} old rows from the default partition",
                        report.table(),
                        report.created(),
                        report.movedRows(),
                        report.dropped(),
                        properties.period(),
                        report.deletedRows());
            }
        }
        return reports;
    }
}
