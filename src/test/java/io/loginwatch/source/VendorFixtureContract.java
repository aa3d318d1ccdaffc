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
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared fixtures' contract: each file under {@code src/test/resources/fixtures/<source>/} is read exactly as
 * delivered, unwrapped and parsed record by record, and every fact its {@code expected.json} lists is asserted.
 */
public final class VendorFixtureContract {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private VendorFixtureContract() {}

    /** One expected record: the file it is in, its index after unwrapping, and the facts to assert. */
    public record Case(String file, int index, JsonNode expected) {

        @Override
        public String toString() {
            return file + " #" + index + " " + text(expected, "event_id");
        }
    }

    /**
     * The top-level JSON values of a delivered file: one per non-blank line for NDJSON ({@code .jsonl}, as the ingest
     * endpoint splits it), else the whole file.
     */
    public static List<JsonNode> deliveredValues(String source, String file) {
        String body = resource(source, file);
        if (!file.endsWith(".jsonl")) {
            return List.of(MAPPER.readTree(body));
        }
        return body.lines()
                .filter(line -> !line.isBlank())
                .map(line -> (JsonNode) MAPPER.readTree(line))
                .toList();
    }

    /** Every vendor record in a delivered file, in document order. */
    public static List<JsonNode> records(SourceParser parser, String file) {
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode value : deliveredValues(parser.source(), file)) {
            records.addAll(parser.unwrap(value));
        }
        return records;
    }

    /** The expected records of every file the source's {@code expected.json} lists. */
    public static List<Case> cases(String source) {
        JsonNode files = MAPPER.readTree(resource(source, "expected.json")).path("files");
        List<Case> cases = new ArrayList<>();
        files.properties().forEach(file -> {
            JsonNode list = file.getValue();
            for (int i = 0; i < list.size(); i++) {
                JsonNode expected = list.get(i);
                int index = expected.has("index") ? expected.get("index").intValue() : i;
                cases.add(new Case(file.getKey(), index, expected));
            }
        });
        return cases;
    }

    public static Stream<Arguments> arguments(String source) {
        return cases(source).stream().map(Arguments::of);
    }

    /** Unwraps the case's file, parses the record at the case's index and asserts every listed fact. */
    public static void assertCase(SourceParser parser, Case testCase) {
        List<JsonNode> records = records(parser, testCase.file());
        long expectedCount = cases(parser.source()).stream()
                .filter(c -> c.file().equals(testCase.file()))
                .count();
        assertThat(records).as("records unwrapped from %s", testCase.file()).hasSize((int) expectedCount);
        assertMatches(parser.parse(records.get(testCase.index())), testCase.expected());
    }

    /** Asserts every fact of one {@code expected.json} entry against a parsed record. */
    public static void assertMatches(ParsedRecord parsed, JsonNode expected) {
        Facts facts;
        if (expected.has("action")) {
            assertThat(parsed)
                    .as("a record with an action is an audit event")
                    .isInstanceOf(ParsedRecord.AuditRecord.class);
            facts = Facts.of(((ParsedRecord.AuditRecord) parsed).event());
        } else {
            assertThat(parsed)
                    .as("a record without an action is a sign-in")
                    .isInstanceOf(ParsedRecord.SignInRecord.class);
            SignIn signIn = ((ParsedRecord.SignInRecord) parsed).signIn();
            facts = Facts.of(signIn);
            String kind = text(expected, "kind");
            if (kind != null
                    && Arrays.stream(SignInKind.values()).anyMatch(k -> k.name().equals(kind))) {
                assertThat(signIn.kind()).as("kind").isEqualTo(SignInKind.valueOf(kind));
            }
        }
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(facts.eventId()).as("event_id").isEqualTo(text(expected, "event_id"));
        softly.assertThat(facts.user().name()).as("user").isEqualToIgnoringCase(text(expected, "user"));
        softly.assertThat(facts.time()).as("time").isEqualTo(Instant.parse(text(expected, "time")));
        softly.assertThat(facts.ip()).as("ip").isEqualTo(text(expected, "ip"));
        String country = expected.has("country_iso") ? text(expected, "country_iso") : text(expected, "country");
        softly.assertThat(facts.geo().country()).as("country (ISO)").isEqualTo(country);
        softly.assertThat(facts.geo().city()).as("city").isEqualTo(text(expected, "city"));
        softly.assertThat(facts.outcome() == null ? null : facts.outcome().name())
                .as("outcome")
                .isEqualTo(text(expected, "outcome"));
        JsonNode mfa = expected.path("mfa");
        softly.assertThat(facts.mfa()).as("mfa").isEqualTo(mfa.isBoolean() ? mfa.booleanValue() : null);
        softly.assertThat(facts.app()).as("app").isEqualTo(text(expected, "app"));
        if (expected.has("session_id")) {
            softly.assertThat(facts.sessionId()).as("session_id").isEqualTo(text(expected, "session_id"));
        }
        if (expected.has("failure_reason")) {
            String reason = text(expected, "failure_reason");
            // a vendor code may be followed by the vendor's text: "50126: Error validating credentials ..."
            softly.assertThat(facts.failureReason())
                    .as("failure_reason")
                    .satisfiesAnyOf(
                            actual -> assertThat(actual).isEqualTo(reason),
                            actual -> assertThat(actual).startsWith(reason + ": "));
        }
        if (expected.has("principal_arn")) {
            softly.assertThat(facts.user().rawId()).as("principal_arn").isEqualTo(text(expected, "principal_arn"));
        }
        if (expected.has("action")) {
            softly.assertThat(facts.action()).as("action").isEqualTo(text(expected, "action"));
        }
        if (expected.has("target")) {
            softly.assertThat(facts.targets()).as("target").containsAll(targetParts(text(expected, "target")));
        }
        softly.assertAll();
    }

    /**
     * The resources a target description names: {@code "svc-deploy (arn:...:policy/AdministratorAccess)"} is the user
     * and the policy; {@code "carla@example.com (role: Global Administrator)"} the user and the role.
     */
    static List<String> targetParts(@Nullable String target) {
        if (target == null) {
            return List.of();
        }
        int open = target.indexOf(" (");
        if (open < 0 || !target.endsWith(")")) {
            return List.of(target);
        }
        String inner = target.substring(open + 2, target.length() - 1);
        int label = inner.indexOf(": ");
        if (label > 0 && !inner.startsWith("arn:")) {
            inner = inner.substring(label + 2);
        }
        return List.of(target.substring(0, open), inner);
    }

    public static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    public static String resource(String source, String file) {
        String path = "/fixtures/" + source + "/" + file;
        try (InputStream in = VendorFixtureContract.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String text) {
        return MAPPER.readTree(text);
    }

    /** The facts the fixtures list, read from either kind of canonical record. */
    private record Facts(
            String eventId,
            Principal user,
            Instant time,
            @Nullable String ip,
            Geo geo,
            @Nullable Outcome outcome,
            @Nullable Boolean mfa,
            @Nullable String app,
            @Nullable String sessionId,
            @Nullable String failureReason,
            @Nullable String action,
            List<String> targets) {

        static Facts of(SignIn signIn) {
            return new Facts(
                    signIn.sourceEventId(),
                    signIn.user(),
                    signIn.occurredAt(),
                    signIn.ip(),
                    signIn.geo(),
                    signIn.outcome(),
                    signIn.mfa(),
                    signIn.application(),
                    signIn.sessionId(),
                    signIn.failureReason(),
                    null,
                    List.of());
        }

        static Facts of(AuditEvent event) {
            return new Facts(
                    event.sourceEventId(),
                    event.actor(),
                    event.occurredAt(),
                    event.ip(),
                    event.geo(),
                    event.outcome(),
                    event.mfa(),
                    event.service(),
                    event.sessionId(),
                    event.failureReason(),
                    event.action(),
                    event.targets());
        }
    }
}
