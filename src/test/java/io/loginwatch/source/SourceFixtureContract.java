package io.loginwatch.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixture contract of {@code src/test/resources/fixtures/<source>/}: reads a sample file exactly as a sender
 * delivers it (one JSON value, or NDJSON for {@code .jsonl}), unwraps and parses every record, and checks each against
 * the row {@code expected.json} lists for it.
 *
 * <p>Conventions of {@code expected.json} (see each folder's README): {@code user} compares case-insensitively,
 * {@code time} as an {@link Instant}; {@code null} means the fact is absent. A {@code target} is written
 * {@code primary (detail, ...)}: the first canonical target, then the others. A suggested {@code kind} that names a
 * {@link SignInKind} must be a sign-in of that kind; ADMIN, API and WARNING rows must be audit events. An outcome of
 * {@code null} (a vendor warning, "not applicable") has no place in a sign-in, whose outcome the canonical model
 * requires, so such a row must be an audit event: the warning was raised.
 */
public final class SourceFixtureContract {

    public static final JsonMapper MAPPER = JsonMapper.shared();

    private SourceFixtureContract() {}

    /** The top-level JSON values of a fixture file, as an ingest endpoint would receive them. */
    public static List<JsonNode> deliveries(String source, String file) {
        String text = resource("fixtures/" + source + "/" + file);
        if (file.endsWith(".jsonl")) {
            return Arrays.stream(text.split("\n"))
                    .filter(line -> !line.isBlank())
                    .map(MAPPER::readTree)
                    .toList();
        }
        return List.of(MAPPER.readTree(text));
    }

    /** Every record of a fixture file, unwrapped and parsed, in document order. */
    public static List<ParsedRecord> parseAll(SourceParser parser, String file) {
        List<ParsedRecord> parsed = new ArrayList<>();
        for (JsonNode delivery : deliveries(parser.source(), file)) {
            for (JsonNode record : parser.unwrap(delivery)) {
                parsed.add(parser.parse(record));
            }
        }
        return parsed;
    }

    /** The rows {@code expected.json} lists for one fixture file, by index. */
    public static List<JsonNode> expected(String source, String file) {
        JsonNode rows = MAPPER.readTree(resource("fixtures/" + source + "/expected.json"))
                .path("files")
                .path(file);
        assertThat(rows.isArray()).as("expected.json lists %s", file).isTrue();
        List<JsonNode> list = new ArrayList<>();
        rows.forEach(list::add);
        list.sort(Comparator.comparingInt(row -> row.path("index").asInt()));
        return list;
    }

    /**
     * Parses a fixture file and asserts every listed value of every record.
     *
     * @param expectedKey the dedupe key the parser must produce for an expected row (usually its {@code event_id})
     */
    public static void assertFixture(SourceParser parser, String file, Function<JsonNode, String> expectedKey) {
        List<ParsedRecord> parsed = parseAll(parser, file);
        List<JsonNode> expected = expected(parser.source(), file);
        assertThat(parsed).as("records in %s", file).hasSize(expected.size());
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode row = expected.get(i);
            assertThat(row.path("index").asInt()).isEqualTo(i);
            check(softly, file + " #" + i, parsed.get(i), row, expectedKey.apply(row));
        }
        softly.assertAll();
    }

    private static void check(SoftAssertions softly, String label, ParsedRecord record, JsonNode row, String key) {
        String kind = text(row, "kind");
        boolean expectSignIn =
                kind != null && isSignInKind(kind) && !row.path("outcome").isNull();
        if (expectSignIn) {
            softly.assertThat(record).as(label + " type").isInstanceOf(ParsedRecord.SignInRecord.class);
        } else {
            softly.assertThat(record).as(label + " type").isInstanceOf(ParsedRecord.AuditRecord.class);
        }
        Facts facts;
        if (record instanceof ParsedRecord.SignInRecord signIn) {
            softly.assertThat(signIn.signIn().kind().name()).as(label + " kind").isEqualTo(kind);
            facts = Facts.of(signIn.signIn());
        } else if (record instanceof ParsedRecord.AuditRecord audit) {
            facts = Facts.of(audit.event());
        } else {
            softly.fail(label + " was skipped: " + record);
            return;
        }
        softly.assertThat(facts.eventId()).as(label + " event_id").isEqualTo(key);
        softly.assertThat(facts.user().name()).as(label + " user").isEqualToIgnoringCase(text(row, "user"));
        softly.assertThat(facts.time()).as(label + " time").isEqualTo(Instant.parse(text(row, "time")));
        softly.assertThat(facts.ip()).as(label + " ip").isEqualTo(text(row, "ip"));
        softly.assertThat(facts.geo().country()).as(label + " country").isEqualTo(text(row, "country"));
        softly.assertThat(facts.geo().city()).as(label + " city").isEqualTo(text(row, "city"));
        if (expectSignIn) {
            softly.assertThat(facts.outcome().name()).as(label + " outcome").isEqualTo(text(row, "outcome"));
        } else if (!row.path("outcome").isNull()) {
            softly.assertThat(facts.outcome().name()).as(label + " outcome").isEqualTo(text(row, "outcome"));
        }
        softly.assertThat(facts.mfa()).as(label + " mfa").isEqualTo(bool(row, "mfa"));
        softly.assertThat(facts.app()).as(label + " app").isEqualTo(text(row, "app"));
        softly.assertThat(facts.failureReason()).as(label + " failure_reason").isEqualTo(text(row, "failure_reason"));
        if (row.has("principal_arn")) {
            softly.assertThat(facts.user().rawId()).as(label + " principal_arn").isEqualTo(text(row, "principal_arn"));
        }
        if (row.has("action")) {
            softly.assertThat(facts.action()).as(label + " action").isEqualTo(text(row, "action"));
        }
        if (row.has("target")) {
            softly.assertThat(renderTargets(facts.targets()))
                    .as(label + " target")
                    .isEqualTo(text(row, "target"));
        }
        if (row.has("country_iso")) {
            softly.assertThat(facts.geo().country()).as(label + " country_iso").isEqualTo(text(row, "country_iso"));
        }
    }

    /** {@code primary} or {@code primary (second, third)}: the notation of {@code target} in expected.json. */
    public static String renderTargets(List<String> targets) {
        if (targets.isEmpty()) {
            return "";
        }
        if (targets.size() == 1) {
            return targets.get(0);
        }
        return targets.get(0) + " (" + String.join(", ", targets.subList(1, targets.size())) + ")";
    }

    private static boolean isSignInKind(String kind) {
        return Arrays.stream(SignInKind.values()).anyMatch(k -> k.name().equals(kind));
    }

    public static @Nullable String text(JsonNode row, String field) {
        JsonNode value = row.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static @Nullable Boolean bool(JsonNode row, String field) {
        JsonNode value = row.path(field);
        return value.isBoolean() ? value.booleanValue() : null;
    }

    public static String resource(String path) {
        try (InputStream in = SourceFixtureContract.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("test resource %s", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facts a fixture row lists, read from either canonical record type. */
    private record Facts(
            String eventId,
            Principal user,
            Instant time,
            @Nullable String ip,
            Geo geo,
            Outcome outcome,
            @Nullable String failureReason,
            @Nullable Boolean mfa,
            @Nullable String app,
            @Nullable String action,
            List<String> targets) {

        static Facts of(SignIn s) {
            return new Facts(
                    s.sourceEventId(),
                    s.user(),
                    s.occurredAt(),
                    s.ip(),
                    s.geo(),
                    s.outcome(),
                    s.failureReason(),
                    s.mfa(),
                    s.application(),
                    null,
                    List.of());
        }

        static Facts of(AuditEvent e) {
            return new Facts(
                    e.sourceEventId(),
                    e.actor(),
                    e.occurredAt(),
                    e.ip(),
                    e.geo(),
                    e.outcome(),
                    e.failureReason(),
                    e.mfa(),
                    e.service(),
                    e.action(),
                    e.targets());
        }
    }
}
