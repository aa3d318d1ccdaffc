package io.loginwatch.scenario;

import io.loginwatch.LoginwatchApplication;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures detection quality and throughput end to end: generates a labelled scenario, starts Loginwatch in-process
 * (embedded PostgreSQL in a temporary directory, fixed API keys, scheduler off, the scenario's corporate VPN declared
 * as a trusted named network and the attackers' anonymizer ranges as lists), replays every record through the HTTP API
 * as gzip NDJSON batches in time order, runs the engine twice (first half of the window on cold baselines, second half
 * on warm ones), reads every finding back with cursor pagination, and prints recall per attack kind and per signal,
 * false positives per 1,000 user-days at each severity with their causes, and ingest and engine throughput.
 *
 * <p>Run: {@code ./mvnw -B -Pscenarios verify} (system properties {@code scenario.seed}, {@code scenario.users},
 * {@code scenario.days}, {@code scenario.attacks-per-kind}, {@code scenario.batch}; any {@code loginwatch.*} system
 * property reaches the application, e.g. {@code -Dloginwatch.detection.weights.new-device=20}). The report is also
 * written to {@code target/scenario-report.md}.
 */
public final class ScenarioReport {

    private static final String INGEST_KEY = "scenario-ingest-key";
    private static final String ANALYST_KEY = "scenario-analyst-key";
    private static final String ADMIN_KEY = "scenario-admin-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScenarioReport() {}

    public static void main(String[] args) throws Exception {
        ScenarioSettings settings = ScenarioSettings.fromSystemProperties();
        int batchSize = Integer.getInteger("scenario.batch", 5000);
        long generating = System.nanoTime();
        Scenario scenario = ScenarioGenerator.generate(settings);
        double generatedSeconds = (System.nanoTime() - generating) / 1e9;

        Path work = Files.createTempDirectory("loginwatch-scenario-");
        ConfigurableApplicationContext context = start(work, scenario);
        String report;
        try {
            String port = context.getEnvironment().getProperty("local.server.port");
            Api api = new Api("http://127.0.0.1:" + port);
            Instant split = scenario.windowStart().plus(Duration.ofDays(settings.days() / 2));
            Replay first = new Replay();
            Replay second = new Replay();
            api.ingest(
                    "/api/v1/events/sign-ins",
                    jsonOf(scenario.signIns(), s -> s.occurredAt().isBefore(split)),
                    batchSize,
                    first);
            api.ingest(
                    "/api/v1/events/audit",
                    auditsOf(scenario.audits(), a -> a.occurredAt().isBefore(split)),
                    batchSize,
                    first);
            EngineRun cold = api.runEngine();
            api.ingest(
                    "/api/v1/events/sign-ins",
                    jsonOf(scenario.signIns(), s -> !s.occurredAt().isBefore(split)),
                    batchSize,
                    second);
            api.ingest(
                    "/api/v1/events/audit",
                    auditsOf(scenario.audits(), a -> !a.occurredAt().isBefore(split)),
                    batchSize,
                    second);
            EngineRun warm = api.runEngine();
            List<Finding> findings = api.findings();
            Evaluation evaluation = Evaluation.of(scenario, findings);
            report = render(scenario, generatedSeconds, batchSize, first, second, cold, warm, evaluation);
        } finally {
            context.close();
            deleteQuietly(work);
        }
        System.out.println(report);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("scenario-report.md"), report);
        }
    }

    // ------------------------------------------------------------------ application

    private static ConfigurableApplicationContext start(Path work, Scenario scenario) throws IOException {
        Path named = work.resolve("named-networks.csv");
        StringBuilder csv = new StringBuilder("cidr,name,city,country,latitude,longitude,trusted\n");
        for (DeclaredNetwork n : scenario.namedNetworks()) {
            csv.append(n.cidr())
                    .append(',')
                    .append(n.name())
                    .append(',')
                    .append(n.city())
                    .append(',')
                    .append(n.country())
                    .append(',')
                    .append(n.latitude())
                    .append(',')
                    .append(n.longitude())
                    .append(',')
                    .append(n.trusted())
                    .append('\n');
        }
        Files.writeString(named, csv);
        Path anonymizers = work.resolve("anonymizers.txt");
        StringBuilder list = new StringBuilder("# attacker infrastructure of the scenario: cidr,flag\n");
        for (DeclaredNetwork n : scenario.anonymizerNetworks()) {
            list.append("# ").append(n.name()).append('\n');
            list.append(n.cidr()).append(',').append(n.flag()).append('\n');
        }
        Files.writeString(anonymizers, list);

        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--loginwatch.embedded-db.data-dir=" + work.resolve("pgdata"),
                "--loginwatch.security.api-keys=ingest:" + INGEST_KEY + ",analyst:" + ANALYST_KEY + ",admin:"
                        + ADMIN_KEY,
                "--loginwatch.detection.scheduler-enabled=false",
                "--loginwatch.enrich.named-networks=" + named,
                "--loginwatch.enrich.anonymizer-lists=" + anonymizers,
                "--logging.level.root=WARN"));
        if (System.getProperty("loginwatch.detection.break-glass-accounts") == null) {
            args.add("--loginwatch.detection.break-glass-accounts=" + String.join(",", scenario.breakGlassAccounts()));
        }
        SpringApplication application = new SpringApplication(LoginwatchApplication.class);
        application.addInitializers(context ->
                context.getBeanFactory().registerSingleton("scenarioTestClassesExcluded", new TestClassesExcluded()));
        return application.run(args.toArray(String[]::new));
    }

    /**
     * Keeps the test classes (test configurations, test controllers) out of component scanning: the report runs the
     * application as it ships, with only the test classpath's libraries around it.
     */
    static final class TestClassesExcluded extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            try {
                return reader.getResource().getURL().toString().contains("/test-classes/");
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof TestClassesExcluded;
        }

        @Override
        public int hashCode() {
            return TestClassesExcluded.class.hashCode();
        }
    }

    // ------------------------------------------------------------------ HTTP

    /** Records sent and time spent in one replay phase. */
    static final class Replay {
        long records;
        long accepted;
        long duplicates;
        long nanos;
        int requests;

        double perSecond() {
            return nanos == 0 ? 0 : records / (nanos / 1e9);
        }
    }

    record EngineRun(long scored, long findings, int batches, Duration duration, Duration wall) {

        double perSecond() {
            double seconds = duration.toNanos() / 1e9;
            return seconds <= 0 ? 0 : scored / seconds;
        }
    }

    record Finding(
            long id,
            String user,
            Severity severity,
            int score,
            List<String> signals,
            String explanation,
            String eventId,
            int linkedAudit) {}

    private static final class Api {
        private final String base;
        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        Api(String base) {
            this.base = base;
        }

        void ingest(String path, List<String> lines, int batchSize, Replay replay) throws Exception {
            for (int from = 0; from < lines.size(); from += batchSize) {
                List<String> batch = lines.subList(from, Math.min(lines.size(), from + batchSize));
                byte[] body = gzip(String.join("\n", batch) + "\n");
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + INGEST_KEY)
                        .header("Content-Type", "application/x-ndjson")
                        .header("Content-Encoding", "gzip")
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
                long started = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                replay.nanos += System.nanoTime() - started;
                replay.requests++;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(
                            "POST " + path + " answered " + response.statusCode() + ": " + response.body());
                }
                JsonNode result = JSON.readTree(response.body());
                if (!result.path("rejected").isEmpty()) {
                    throw new IllegalStateException("POST " + path + " rejected records: " + result.path("rejected"));
                }
                replay.records += batch.size();
                replay.accepted += result.path("accepted").asLong();
                replay.duplicates += result.path("duplicates").asLong();
            }
        }

        EngineRun runEngine() throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/engine/runs"))
                    .header("Authorization", "Bearer " + ADMIN_KEY)
                    .timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Duration wall = Duration.ofNanos(System.nanoTime() - started);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "engine run answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode run = JSON.readTree(response.body());
            Duration duration = Duration.between(
                    Instant.parse(run.path("startedAt").asString()),
                    Instant.parse(run.path("finishedAt").asString()));
            return new EngineRun(
                    run.path("scored").asLong(),
                    run.path("findings").asLong(),
                    run.path("batches").asInt(),
                    duration,
                    wall);
        }

        List<Finding> findings() throws Exception {
            List<Finding> findings = new ArrayList<>();
            String cursor = null;
            do {
                String url = base + "/api/v1/findings?limit=500"
                        + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
                HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + ANALYST_KEY)
                        .GET()
                        .build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(
                            "GET findings answered " + response.statusCode() + ": " + response.body());
                }
                JsonNode page = JSON.readTree(response.body());
                for (JsonNode item : page.path("items")) {
                    List<String> signals = new ArrayList<>();
                    item.path("signalTypes").forEach(s -> signals.add(s.asString()));
                    findings.add(new Finding(
                            item.path("id").asLong(),
                            item.path("user").asString(),
                            Severity.valueOf(item.path("severity").asString()),
                            item.path("score").asInt(),
                            signals,
                            item.path("explanation").asString(),
                            item.path("signIn").path("sourceEventId").asString(),
                            item.path("linkedAuditEvents").size()));
                }
                JsonNode next = page.path("nextCursor");
                cursor = next.isMissingNode() || next.isNull() ? null : next.asString();
            } while (cursor != null);
            return findings;
        }
    }

    private static List<String> jsonOf(List<SignInRecord> records, java.util.function.Predicate<SignInRecord> which) {
        return records.stream()
                .filter(which)
                .map(r -> JSON.writeValueAsString(r.toJson()))
                .toList();
    }

    private static List<String> auditsOf(List<AuditRecord> records, java.util.function.Predicate<AuditRecord> which) {
        return records.stream()
                .filter(which)
                .map(r -> JSON.writeValueAsString(r.toJson()))
                .toList();
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 6);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    // ------------------------------------------------------------------ evaluation

    /** One attack as the engine saw it: the findings on its records, their signals and the worst severity. */
    record Outcome(
            PlantedAttack attack,
            Set<String> signals,
            @Nullable Severity severity,
            int score) {

        boolean found(SignalType signal) {
            return signals.contains(signal.name());
        }

        boolean atLeast(Severity level) {
            return severity != null && severity.compareTo(level) >= 0;
        }
    }

    record Evaluation(
            List<Outcome> outcomes,
            List<Finding> falsePositives,
            List<Finding> aftermath,
            int findings,
            Map<String, SignInRecord> signIns) {

        static Evaluation of(Scenario scenario, List<Finding> findings) {
            Map<String, Finding> byEvent = new HashMap<>();
            for (Finding f : findings) {
                byEvent.put(f.eventId(), f);
            }
            Set<String> attackEvents = new HashSet<>();
            List<Outcome> outcomes = new ArrayList<>();
            for (PlantedAttack attack : scenario.attacks()) {
                Set<String> signals = new HashSet<>();
                Severity worst = null;
                int score = 0;
                List<String> events = new ArrayList<>(attack.relatedEventIds());
                events.add(attack.eventId());
                for (String event : events) {
                    attackEvents.add(event);
                    Finding f = byEvent.get(event);
                    if (f == null) {
                        continue;
                    }
                    signals.addAll(f.signals());
                    if (worst == null || f.severity().compareTo(worst) > 0) {
                        worst = f.severity();
                    }
                    score = Math.max(score, f.score());
                }
                outcomes.add(new Outcome(attack, signals, worst, score));
            }
            List<Finding> falsePositives = new ArrayList<>();
            List<Finding> aftermath = new ArrayList<>();
            for (Finding f : findings) {
                if (attackEvents.contains(f.eventId())) {
                    continue;
                }
                if ("aftermath".equals(scenario.tag(f.eventId()))) {
                    aftermath.add(f);
                } else {
                    falsePositives.add(f);
                }
            }
            Map<String, SignInRecord> signIns =
                    scenario.signIns().stream().collect(Collectors.toMap(SignInRecord::eventId, Function.identity()));
            return new Evaluation(outcomes, falsePositives, aftermath, findings.size(), signIns);
        }

        long falsePositivesAtLeast(Severity level) {
            return falsePositives.stream()
                    .filter(f -> f.severity().compareTo(level) >= 0)
                    .count();
        }

        long falsePositivesAt(Severity level) {
            return falsePositives.stream().filter(f -> f.severity() == level).count();
        }
    }

    // ------------------------------------------------------------------ report

    private static String render(
            Scenario scenario,
            double generatedSeconds,
            int batchSize,
            Replay first,
            Replay second,
            EngineRun cold,
            EngineRun warm,
            Evaluation e) {
        ScenarioSettings s = scenario.settings();
        StringBuilder out = new StringBuilder();
        long human = scenario.signIns().stream()
                .filter(r -> !"SERVICE_ACCOUNT".equals(r.principalType()))
                .count();
        out.append("# Loginwatch scenario report\n\n");
        out.append(String.format(
                Locale.ROOT,
                "Scenario: seed %d, %d users (%d active in the window) + %d service accounts, %d days from %s;"
                        + " %,d sign-ins (%,d by people), %,d audit events, %d planted attacks;"
                        + " %,d user-days. Generated in %.1f s.%n%n",
                s.seed(),
                s.users(),
                scenario.humans(),
                scenario.serviceAccounts(),
                s.days(),
                s.start(),
                scenario.signIns().size(),
                human,
                scenario.audits().size(),
                scenario.attacks().size(),
                scenario.userDays(),
                generatedSeconds));
        out.append("Benign noise: ");
        out.append(scenario.noise().entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", ")));
        out.append(".\n\n");

        // recall per attack kind
        Map<SignalType, List<Outcome>> byKind = new EnumMap<>(SignalType.class);
        for (Outcome o : e.outcomes()) {
            byKind.computeIfAbsent(o.attack().kind(), k -> new ArrayList<>()).add(o);
        }
        out.append("## Recall by attack kind\n\n");
        out.append("Found = a finding on the attack's records carries the attack's signal; MEDIUM+ = ... and the"
                + " finding is MEDIUM or worse; any MEDIUM+ = some finding on the attack's records is MEDIUM or worse,"
                + " whatever its signals.\n\n");
        out.append("| attack kind | planted | found | found at MEDIUM+ | any MEDIUM+ | typical signals (score) |\n");
        out.append("|---|---:|---:|---:|---:|---|\n");
        int planted = 0;
        int found = 0;
        int foundMedium = 0;
        int anyMedium = 0;
        for (Map.Entry<SignalType, List<Outcome>> entry : byKind.entrySet()) {
            List<Outcome> list = entry.getValue();
            int n = list.size();
            int f = (int) list.stream().filter(o -> o.found(entry.getKey())).count();
            int fm = (int) list.stream()
                    .filter(o -> o.found(entry.getKey()) && o.atLeast(Severity.MEDIUM))
                    .count();
            int am = (int) list.stream().filter(o -> o.atLeast(Severity.MEDIUM)).count();
            planted += n;
            found += f;
            foundMedium += fm;
            anyMedium += am;
            out.append(String.format(
                    Locale.ROOT, "| %s | %d | %d | %d | %d | %s |%n", entry.getKey(), n, f, fm, am, typical(list)));
        }
        out.append(String.format(
                Locale.ROOT,
                "| **all** | %d | %d (%s) | %d (%s) | %d (%s) | |%n%n",
                planted,
                found,
                percent(found, planted),
                foundMedium,
                percent(foundMedium, planted),
                anyMedium,
                percent(anyMedium, planted)));

        // recall per expected signal
        out.append("## Recall by signal\n\n");
        out.append("Over every attack whose construction must raise the signal.\n\n");
        out.append("| signal | expected | raised | recall |\n|---|---:|---:|---:|\n");
        for (SignalType signal : SignalType.values()) {
            List<Outcome> expecting = e.outcomes().stream()
                    .filter(o -> o.attack().expected().contains(signal))
                    .toList();
            if (expecting.isEmpty()) {
                continue;
            }
            long raised = expecting.stream().filter(o -> o.found(signal)).count();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %s |%n",
                    signal,
                    expecting.size(),
                    raised,
                    percent(raised, expecting.size())));
        }
        out.append('\n');

        // false positives
        double perThousand = 1000.0 / scenario.userDays();
        out.append("## False positives\n\n");
        out.append(String.format(
                Locale.ROOT,
                "A finding on a sign-in that is not part of a planted attack. %,d findings in all; %,d on attack"
                        + " records; %,d on the victims' own sign-ins in the 24 h after an attack (not counted);"
                        + " %,d false positives over %,d user-days.%n%n",
                e.findings(),
                e.findings() - e.falsePositives().size() - e.aftermath().size(),
                e.aftermath().size(),
                e.falsePositives().size(),
                scenario.userDays()));
        out.append(
                "| severity | false positives | per 1,000 user-days | at this severity or worse | per 1,000 user-days |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        for (Severity level : Severity.values()) {
            long at = e.falsePositivesAt(level);
            long atLeast = e.falsePositivesAtLeast(level);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.2f | %d | %.2f |%n",
                    level,
                    at,
                    at * perThousand,
                    atLeast,
                    atLeast * perThousand));
        }
        out.append('\n');
        causes(out, "MEDIUM or worse", e, scenario, f -> f.severity().compareTo(Severity.MEDIUM) >= 0, 20);
        causes(out, "LOW", e, scenario, f -> f.severity() == Severity.LOW, 15);

        // operating points
        out.append("## Operating points\n\n");
        out.append("What the MEDIUM threshold (loginwatch.detection.severity-medium) trades:"
                + " attacks with some finding scoring at least the threshold, and false positives scoring at least"
                + " it, per 1,000 user-days.\n\n");
        out.append("| threshold | attacks found | recall | false positives | per 1,000 user-days |\n");
        out.append("|---:|---:|---:|---:|---:|\n");
        for (int threshold : new int[] {20, 25, 30, 35, 40, 45, 50, 55, 60}) {
            long hit = e.outcomes().stream().filter(o -> o.score() >= threshold).count();
            long fp = e.falsePositives().stream()
                    .filter(f -> f.score() >= threshold)
                    .count();
            out.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %s | %d | %.2f |%n",
                    threshold,
                    hit,
                    percent(hit, e.outcomes().size()),
                    fp,
                    fp * perThousand));
        }
        out.append('\n');

        // missed attacks
        List<Outcome> missed = e.outcomes().stream()
                .filter(o -> !o.found(o.attack().kind()) || !o.atLeast(Severity.MEDIUM))
                .sorted(Comparator.comparing((Outcome o) -> o.attack().kind()))
                .toList();
        out.append("## Attacks not found at MEDIUM+ with their signal\n\n");
        if (missed.isEmpty()) {
            out.append("None.\n\n");
        } else {
            out.append("| kind | attack | signals raised | severity (score) |\n|---|---|---|---|\n");
            for (Outcome o : missed) {
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s |%n",
                        o.attack().kind(),
                        o.attack().description(),
                        o.signals().isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(o.signals())),
                        o.severity() == null ? "no finding" : o.severity() + " (" + o.score() + ")"));
            }
            out.append('\n');
        }

        // throughput
        out.append("## Throughput\n\n");
        Replay all = new Replay();
        all.records = first.records + second.records;
        all.nanos = first.nanos + second.nanos;
        out.append(String.format(
                Locale.ROOT,
                "Ingest (gzip NDJSON, %,d records a request, %d requests): %,.0f records/s"
                        + " (first half %,.0f/s, second half %,.0f/s).%n%n",
                batchSize,
                first.requests + second.requests,
                all.perSecond(),
                first.perSecond(),
                second.perSecond()));
        out.append("| engine run | sign-ins scored | findings | batches | run time | sign-ins/s |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        out.append(engineRow("first half (cold baselines)", cold));
        out.append(engineRow("second half (warm baselines)", warm));
        out.append('\n');
        out.append("Engine throughput is sign-ins scored per second of engine run time (from the run's own start and"
                + " finish), including loading and saving baselines and writing findings in PostgreSQL.\n");
        return out.toString();
    }

    private static void causes(
            StringBuilder out,
            String title,
            Evaluation e,
            Scenario scenario,
            java.util.function.Predicate<Finding> which,
            int limit) {
        List<Finding> selected = e.falsePositives().stream().filter(which).toList();
        out.append("### Causes of false positives: " + title + " (" + selected.size() + ")\n\n");
        if (selected.isEmpty()) {
            out.append("None.\n\n");
            return;
        }
        Map<String, List<Finding>> groups = new TreeMap<>();
        for (Finding f : selected) {
            String pattern = scenario.tag(f.eventId());
            SignInRecord s = e.signIns().get(f.eventId());
            String what = s == null ? "?" : s.kind() + "/" + s.accessPath();
            String key = pattern + " | " + String.join("+", new java.util.TreeSet<>(f.signals())) + " | " + what;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        out.append("| benign pattern | signals | record | count | users | example |\n|---|---|---|---:|---:|---|\n");
        groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Finding>> g) ->
                                g.getValue().size())
                        .reversed())
                .limit(limit)
                .forEach(g -> {
                    String[] parts = g.getKey().split(" \\| ");
                    Finding example = g.getValue().get(0);
                    long users =
                            g.getValue().stream().map(Finding::user).distinct().count();
                    out.append(String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %d | %d | %s (%s %d) |%n",
                            parts[0],
                            parts[1],
                            parts[2],
                            g.getValue().size(),
                            users,
                            example.explanation().replace("|", "/"),
                            example.severity(),
                            example.score()));
                });
        out.append('\n');
    }

    private static String typical(List<Outcome> outcomes) {
        Map<String, Integer> combos = new HashMap<>();
        Map<String, Integer> scores = new HashMap<>();
        for (Outcome o : outcomes) {
            String key = o.signals().isEmpty() ? "none" : String.join("+", new java.util.TreeSet<>(o.signals()));
            combos.merge(key, 1, Integer::sum);
            scores.merge(key, o.score(), Math::max);
        }
        return combos.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(2)
                .map(c -> c.getKey() + " (" + scores.get(c.getKey()) + ")"
                        + (c.getValue() > 1 ? " x" + c.getValue() : ""))
                .collect(Collectors.joining("; "));
    }

    private static String engineRow(String name, EngineRun run) {
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %,d | %d | %.2f s | %,.0f |%n",
                name,
                run.scored(),
                run.findings(),
                run.batches(),
                run.duration().toMillis() / 1000.0,
                run.perSecond());
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a temporary directory
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
