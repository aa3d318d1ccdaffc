package io.loginwatch.bench;

import io.loginwatch.detection.DetectionEngine;
import io.loginwatch.detection.EngineRun;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * Engine throughput on warm baselines: store a history of sign-ins (SQL, generate_series), score it once (first
 * pass, builds the baselines), then store a second batch of new sign-ins for the same users and time how fast the
 * engine scores it.
 */
final class EngineBench {

    record Result(
            long stored,
            int users,
            double firstPassPerSecond,
            long secondBatch,
            double perSecond,
            double microsPerSignIn,
            long findings,
            long baselines,
            double baselineTextBytes,
            double baselineColumnBytes,
            double heapUsedMiB,
            double heapMaxMiB) {}

    private static final String INSERT = """
            with p as (
              select array['US','US','GB','DE','FR','JP','BR','IN','AU','CA'] as country,
                     array['Seattle','New York','London','Berlin','Paris','Tokyo','Sao Paulo','Bangalore','Sydney',
                           'Toronto'] as city,
                     array[47.61,40.71,51.51,52.52,48.86,35.68,-23.55,12.97,-33.87,43.65]::float8[] as lat,
                     array[-122.33,-74.01,-0.13,13.40,2.35,139.69,-46.63,77.59,151.21,-79.38]::float8[] as lon,
                     array['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/133.0.0.0 Safari/537.36',
                           'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.3 Safari/605.1.15',
                           'Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0',
                           'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
                           'aws-cli/2.15.30 Python/3.11.8 Linux/5.15.0-1055-aws exe/x86_64.ubuntu.22',
                           'Boto3/1.34.51 md/Botocore#1.34.51 ua/2.0 os/linux#5.15.0 lang/python#3.11.8',
                           'Terraform/1.7.4 (+https://www.terraform.io) terraform-provider-aws/5.40.0',
                           'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:135.0) Gecko/20100101 Firefox/135.0'] as agent,
                     array['Windows','Mac OS X','Linux','iOS','Linux','Linux','Linux','Windows'] as os,
                     array['Chrome','Safari','Firefox','Mobile Safari','aws-cli','Boto3','Terraform','Firefox'] as browser,
                     array['CONSOLE','CONSOLE','CONSOLE','MOBILE_APP','CLI_API','CLI_API','CLI_API','CONSOLE'] as path,
                     array['AWS Console','Okta Dashboard','Salesforce','GitHub','Slack','Jira'] as app
            ), g as (
              select n, n % ? as u, n / ? as k, (n * 2654435761) % 1000 as r
              from generate_series(?::bigint, ?::bigint) n
            ), v as (
              select g.*, case when r < 20 then (u + 3) % 10 else u % 10 end as place,
                     (u + case when r % 100 < 3 then 1 else 0 end) % 8 as device
              from g
            ), inserted as (
              insert into sign_in (source, source_event_id, occurred_at, user_name, user_display_name, principal_type,
                  tenant, kind, outcome, failure_reason, mfa, ip, user_agent, device_id, os, browser, device_type,
                  country, city, latitude, longitude, geo_source, asn, as_org, tor, network_source, application,
                  access_path, session_id, interactive, raw)
              select 'bench', 'e-' || n,
                     ?::timestamptz + (k * ?::bigint + u * ?::bigint / ?::bigint) * interval '1 second',
                     'user' || u || '@example.com', 'User ' || u, 'USER', 'example', 'LOGIN',
                     case when r between 100 and 159 then 'FAILURE' else 'SUCCESS' end,
                     case when r between 100 and 159 then 'INVALID_CREDENTIALS' end,
                     r % 10 <> 0,
                     ('11.' || (u >> 16) % 256 || '.' || (u >> 8) % 256 || '.' || u % 256)::inet,
                     p.agent[1 + device], 'dev-' || u || '-' || device, p.os[1 + device], p.browser[1 + device],
                     case when device = 3 then 'MOBILE' else 'DESKTOP' end,
                     p.country[1 + place], p.city[1 + place], p.lat[1 + place], p.lon[1 + place], 'SOURCE',
                     case when place = u % 10 then 64500 + u % 20 else 64600 + place end,
                     'Example ISP ' || (u % 20), r % 100 = 7, 'SOURCE', p.app[1 + (u + r % 2) % 6], p.path[1 + device],
                     's-' || n, true,
                     jsonb_build_object('id', 'e-' || n, 'user', 'user' || u || '@example.com', 'ip',
                         '11.' || (u >> 16) % 256 || '.' || (u >> 8) % 256 || '.' || u % 256, 'userAgent',
                         p.agent[1 + device], 'debug', repeat('x', 200))
              from v, p
              returning id, occurred_at
            )
            insert into sign_in_pending (sign_in_id, occurred_at) select id, occurred_at from inserted
            """;

    private final BenchApp app;
    private final DetectionEngine engine;

    EngineBench(BenchApp app) {
        this.app = app;
        this.engine = app.bean(DetectionEngine.class);
    }

    /**
     * {@code stored} sign-ins of {@code stored / historyPerUser} users over 30 days, a first pass, then {@code
     * secondBatch} new sign-ins for the same users, scored and timed.
     */
    Result run(long stored, int historyPerUser, long secondBatch) {
        app.truncateAll();
        int users = (int) Math.max(1, stored / historyPerUser);
        Instant historyStart = Instant.parse("2026-06-01T00:00:00Z");
        long roundSeconds = 30L * 86_400 / historyPerUser;
        insert(0, stored, users, historyStart, roundSeconds);
        app.jdbc().execute("analyze");
        long t0 = System.nanoTime();
        EngineRun first = engine.run(true);
        double firstSeconds = (System.nanoTime() - t0) / 1e9;
        check(first, stored);

        insert(stored, stored + secondBatch, users, historyStart, roundSeconds);
        app.jdbc().execute("analyze sign_in_pending");
        explain(stored);
        long t1 = System.nanoTime();
        EngineRun second = engine.run(true);
        double seconds = (System.nanoTime() - t1) / 1e9;
        check(second, secondBatch);

        Map<String, Object> baselines = app.jdbc()
                .queryForMap("select count(*) as n, avg(octet_length(baseline::text)) as text,"
                        + " avg(pg_column_size(baseline)) as col from user_baseline");
        System.gc();
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Result(
                stored,
                users,
                stored / firstSeconds,
                secondBatch,
                secondBatch / seconds,
                seconds * 1e6 / secondBatch,
                second.findings(),
                ((Number) baselines.get("n")).longValue(),
                ((Number) baselines.get("text")).doubleValue(),
                ((Number) baselines.get("col")).doubleValue(),
                heap.getUsed() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private void explain(long stored) {
        String at = String.format("%,d stored sign-ins", stored);
        Explain.plan(
                app,
                "Engine, before: pending batch as one join (" + at + ")",
                "select s.id, s.user_name, s.occurred_at, s.country"
                        + " from sign_in_pending p join sign_in s on s.id = p.sign_in_id and s.occurred_at = p.occurred_at"
                        + " order by p.occurred_at, p.sign_in_id limit 5000");
        Explain.plan(
                app,
                "Engine: oldest pending keys (" + at + ")",
                "select sign_in_id, occurred_at from sign_in_pending order by occurred_at, sign_in_id limit 5000");
        Explain.plan(
                app,
                "Engine: those sign-ins by key, in the months the keys span (" + at + ")",
                "select s.id, s.user_name, s.country from sign_in s where s.id = any(array(select sign_in_id from"
                        + " sign_in_pending order by occurred_at, sign_in_id limit 5000)) and s.occurred_at between"
                        + " (select min(occurred_at) from sign_in_pending) and (select max(occurred_at) from"
                        + " (select occurred_at from sign_in_pending order by occurred_at, sign_in_id limit 5000) k)");
        Explain.plan(
                app,
                "Engine: baselines of a batch's users (" + at + ")",
                "select user_name, baseline::text"
                        + " from user_baseline where user_name = any(array(select 'user' || g || '@example.com'"
                        + " from generate_series(1, 5000) g))");
        Explain.plan(
                app,
                "Timeline: a user's newest sign-ins (" + at + ")",
                "select id, occurred_at, country from"
                        + " sign_in where user_name = 'user42@example.com' order by occurred_at desc limit 50");
    }

    private static void check(EngineRun run, long expected) {
        if (run.scored() != expected) {
            throw new IllegalStateException("The engine scored " + run.scored() + " sign-ins, expected " + expected);
        }
    }

    private void insert(long from, long to, int users, Instant start, long roundSeconds) {
        for (long chunk = from; chunk < to; chunk += 200_000) {
            long end = Math.min(to, chunk + 200_000) - 1;
            app.jdbc()
                    .update(INSERT, users, users, chunk, end, Timestamp.from(start), roundSeconds, roundSeconds, users);
        }
    }
}
