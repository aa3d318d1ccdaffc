package io.loginwatch.bench;

import io.loginwatch.LoginwatchApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loginwatch running in this JVM on a random port, against the embedded PostgreSQL or SPRING_DATASOURCE_URL. */
final class BenchApp implements AutoCloseable {

    static final String INGEST_KEY = "bench-ingest-key";
    static final String ANALYST_KEY = "bench-analyst-key";
    static final String ADMIN_KEY = "bench-admin-key";

    private final ConfigurableApplicationContext context;
    private final String baseUrl;
    private final JdbcTemplate jdbc;
    private final String database;

    private BenchApp(ConfigurableApplicationContext context, String database) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = "http://127.0.0.1:" + port;
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        this.database = database;
    }

    static BenchApp start() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.io.loginwatch.bench=INFO",
                "--loginwatch.security.api-keys=ingest:" + INGEST_KEY + ",analyst:" + ANALYST_KEY + ",admin:"
                        + ADMIN_KEY,
                "--loginwatch.detection.scheduler-enabled=false",
                "--loginwatch.enrich.geoip.city=src/test/resources/geoip/GeoLite2-City-Test.mmdb",
                "--loginwatch.enrich.geoip.asn=src/test/resources/geoip/GeoLite2-ASN-Test.mmdb",
                "--loginwatch.enrich.geoip.anonymous-ip=src/test/resources/geoip/GeoIP2-Anonymous-IP-Test.mmdb",
                "--loginwatch.enrich.anonymizer-lists=src/test/resources/enrich/tor-exits.txt"));
        String database;
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || url.isBlank()) {
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("loginwatch-bench-pgdata");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            args.add("--loginwatch.embedded-db.data-dir=" + dataDir);
            database = "embedded PostgreSQL in " + dataDir;
        } else {
            database = url;
        }
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(LoginwatchApplication.class).run(args.toArray(String[]::new));
        return new BenchApp(context, database);
    }

    String baseUrl() {
        return baseUrl;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    String database() {
        return database;
    }

    String postgresVersion() {
        return jdbc.queryForObject("show server_version", String.class);
    }

    /** Refuses to run against a database that holds data: the benchmark truncates every table it uses. */
    void requireEmpty() {
        Long rows = jdbc.queryForObject(
                "select (select count(*) from (select 1 from sign_in limit 1) s)"
                        + " + (select count(*) from (select 1 from finding limit 1) f)"
                        + " + (select count(*) from (select 1 from user_baseline limit 1) b)",
                Long.class);
        if (rows != null && rows > 0) {
            throw new IllegalStateException("The benchmark database is not empty; it truncates every table, so point"
                    + " SPRING_DATASOURCE_URL at a dedicated, empty database");
        }
    }

    void truncateEvents() {
        jdbc.execute("truncate sign_in, audit_event, sign_in_pending, audit_pending");
    }

    void truncateAll() {
        jdbc.execute("truncate sign_in, audit_event, sign_in_pending, audit_pending, user_baseline, org_profile,"
                + " finding, finding_note");
        jdbc.update("update engine_state set total_scored = 0, watermark = null, last_run_scored = 0,"
                + " last_run_findings = 0 where id = 1");
    }

    @Override
    public void close() {
        context.close();
    }
}
