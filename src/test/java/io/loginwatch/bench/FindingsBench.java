package io.loginwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Latency of {@code GET /api/v1/findings} over HTTP with a million findings and the filters analysts use. */
final class FindingsBench {

    record Result(String query, int requests, double p50, double p99, double rowsPerPage) {}

    /** Findings one second apart ending at {@link #END}; severity, signals and users spread as in real life. */
    private static final String INSERT = """
            with p as (
              select array['LOW','LOW','LOW','LOW','LOW','MEDIUM','MEDIUM','MEDIUM','HIGH','CRITICAL'] as sev,
                     array[0,0,0,0,0,1,1,1,2,3]::smallint[] as rank,
                     array['{NEW_DEVICE}','{NEW_ASN}','{UNUSUAL_HOUR}','{NEW_COUNTRY,NEW_ASN}',
                           '{NEW_DEVICE,NEW_APPLICATION}','{ANONYMIZING_NETWORK}','{NO_MFA,NEW_DEVICE}',
                           '{FAILURES_THEN_SUCCESS}','{NEW_COUNTRY,NEW_LOCATION,NEW_DEVICE}',
                           '{IMPOSSIBLE_TRAVEL,NEW_COUNTRY,NEW_ASN}']::text[] as signals
            )
            insert into finding (sign_in_id, sign_in_occurred_at, user_name, source, source_event_id, score, severity,
                severity_rank, status, signal_types, signals, explanation, sign_in, history, created_at, updated_at)
            select n, ?::timestamptz - n * interval '1 second', 'user' || (n * 7919 % ?) || '@example.com',
                   case when n % 3 = 0 then 'okta' when n % 3 = 1 then 'entra' else 'aws-cloudtrail' end, 'f-' || n,
                   20 + (n * 31 % 10) * 8, p.sev[1 + n * 31 % 10], p.rank[1 + n * 31 % 10],
                   case when n % 20 = 0 then 'RESOLVED' else 'OPEN' end,
                   p.signals[1 + n * 31 % 10]::text[],
                   jsonb_build_array(jsonb_build_object('type', 'NEW_COUNTRY', 'weight', 30,
                       'summary', 'First sign-in from Brazil for user' || n || '@example.com',
                       'evidence', jsonb_build_object('seen', 'BR', 'known', jsonb_build_array('US', 'CA')))),
                   'First sign-in from Brazil for user' || n || '@example.com; last seen in Seattle 38 minutes earlier.',
                   jsonb_build_object('id', n, 'source', 'okta', 'user', 'user' || n || '@example.com',
                       'ip', '198.51.100.7', 'country', 'BR', 'city', 'Sao Paulo', 'asn', 64500,
                       'userAgent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/133.0.0.0'),
                   '[{"action":"RAISED"}]'::jsonb, ?::timestamptz, ?::timestamptz
            from p, generate_series(?::bigint, ?::bigint) n
            """;

    private static final Instant END = Instant.parse("2026-11-30T00:00:00Z");
    private static final Pattern NEXT = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"explanation\":");

    private final BenchApp app;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    FindingsBench(BenchApp app) {
        this.app = app;
    }

    void load(long findings, int users) {
        app.truncateAll();
        for (long from = 1; from <= findings; from += 250_000) {
            long to = Math.min(findings, from + 249_999);
            app.jdbc().update(INSERT, ts(END), users, ts(END), ts(END), from, to);
        }
        app.jdbc().execute("vacuum analyze finding");
    }

    void explain(int users) {
        String columns = "select id, user_name, severity, score, status, signal_types, signals::text, explanation,"
                + " sign_in::text, sign_in_occurred_at from finding";
        String order = " order by sign_in_occurred_at desc, id desc limit 51";
        Explain.plan(app, "Findings: newest, no filter", columns + " where true" + order);
        Explain.plan(
                app, "Findings: one user", columns + " where user_name = 'user" + users / 2 + "@example.com'" + order);
        Explain.plan(app, "Findings: severity >= HIGH", columns + " where severity_rank >= 2" + order);
        Explain.plan(
                app, "Findings: signal", columns + " where signal_types @> array['IMPOSSIBLE_TRAVEL']::text[]" + order);
        Explain.plan(
                app,
                "Findings: one day",
                columns + " where sign_in_occurred_at >= '" + END.minus(5, ChronoUnit.DAYS)
                        + "' and sign_in_occurred_at < '" + END.minus(4, ChronoUnit.DAYS) + "'"
                        + order);
        Explain.plan(
                app,
                "Findings: cursor page 2, severity >= MEDIUM",
                columns + " where severity_rank >= 1 and" + " (sign_in_occurred_at, id) < ('" + END.minusSeconds(120)
                        + "', 120)" + order);
    }

    List<Result> measure(long findings, int users, int requests) {
        SplittableRandom random = new SplittableRandom(7);
        long span = findings; // seconds covered
        List<Result> results = new ArrayList<>();
        results.add(time("newest, no filter", requests, i -> "limit=50"));
        results.add(time("user", requests, i -> "user=user" + random.nextInt(users) + "@example.com"));
        results.add(time("severity>=HIGH", requests, i -> "severity=HIGH"));
        results.add(time("severity=CRITICAL", requests, i -> "severity=CRITICAL"));
        results.add(time("signal (common)", requests, i -> "signal=NEW_DEVICE"));
        results.add(time("signal (rare 10%)", requests, i -> "signal=IMPOSSIBLE_TRAVEL"));
        results.add(time("time range 1 day", requests, i -> {
            Instant since = END.minusSeconds(random.nextLong(Math.max(1, span - 86_400)) + 86_400);
            return "since=" + since + "&until=" + since.plus(1, ChronoUnit.DAYS);
        }));
        results.add(time(
                "user + severity>=MEDIUM + 30d",
                requests,
                i -> "user=user" + random.nextInt(users) + "@example.com&severity=MEDIUM&since="
                        + END.minus(30, ChronoUnit.DAYS)));
        results.add(time(
                "signal + severity>=HIGH + 7d",
                requests,
                i -> "signal=NEW_COUNTRY&severity=HIGH&since=" + END.minus(7, ChronoUnit.DAYS)));
        String firstPage = get("severity=MEDIUM");
        results.add(
                time("cursor page 2 (severity>=MEDIUM)", requests, i -> "severity=MEDIUM&cursor=" + next(firstPage)));
        String firstAll = get("limit=50");
        results.add(time("cursor page 2 (no filter)", requests, i -> "cursor=" + next(firstAll)));
        return results;
    }

    private Result time(String name, int requests, IntFunction<String> query) {
        for (int i = 0; i < 20; i++) {
            get(query.apply(i));
        }
        Stats stats = new Stats();
        long rows = 0;
        for (int i = 0; i < requests; i++) {
            String q = query.apply(i);
            long t0 = System.nanoTime();
            String body = get(q);
            stats.add(System.nanoTime() - t0);
            Matcher m = ID.matcher(body);
            while (m.find()) {
                rows++;
            }
        }
        return new Result(name, requests, stats.percentileMs(50), stats.percentileMs(99), rows / (double) requests);
    }

    private static String next(String page) {
        Matcher m = NEXT.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No next cursor in the first page");
        }
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private String get(String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/findings?" + query))
                .header("Authorization", "Bearer " + BenchApp.ANALYST_KEY)
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "HTTP " + response.statusCode() + " for " + query + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
