package io.loginwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.loginwatch.shared.AccessPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The access-path table, row by row, against src/test/resources/enrich/access-path-samples.csv. */
class AccessPathTableTests {

    private static final UserAgentAnalyzer analyzer = new UserAgentAnalyzer();

    record Sample(
            String text, AccessPath accessPath, @Nullable String client) {}

    static List<Sample> samples() throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (InputStream stream = Objects.requireNonNull(
                AccessPathTableTests.class.getResourceAsStream("/enrich/access-path-samples.csv"))) {
            boolean header = true;
            for (String line : new String(stream.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (Csv.isSkipped(line)) {
                    continue;
                }
                List<String> fields = Csv.fields(line);
                if (header) {
                    assertThat(fields).containsExactly("sample", "accessPath", "client");
                    header = false;
                    continue;
                }
                assertThat(fields).as(line).hasSize(3);
                samples.add(new Sample(
                        fields.get(0),
                        AccessPath.valueOf(fields.get(1)),
                        fields.get(2).isEmpty() ? null : fields.get(2)));
            }
        }
        return samples;
    }

    static Stream<Arguments> sampleArguments() throws IOException {
        return samples().stream().map(sample -> Arguments.of(sample.text(), sample.accessPath(), sample.client()));
    }

    static Stream<Arguments> rows() {
        return AccessPathRules.defaults().rules().stream()
                .map(rule -> Arguments.of(rule.line(), rule.pattern().pattern(), rule));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("sampleArguments")
    void readsTheAccessPathAndClientOfEachSample(String sample, AccessPath accessPath, @Nullable String client) {
        UserAgentInfo info = analyzer.analyze(sample);

        assertThat(info.accessPath()).isEqualTo(accessPath);
        assertThat(info.client()).isEqualTo(client);
        if (client != null) {
            assertThat(info.browser()).isEqualTo(client);
        }
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("rows")
    void everyRowDecidesAtLeastOneSample(int line, String pattern, AccessPathRules.Rule rule) throws IOException {
        List<Sample> decided = samples().stream()
                .filter(sample -> AccessPathRules.defaults().match(sample.text()) == rule)
                .toList();

        assertThat(decided).as("samples decided by line %d (%s)", line, pattern).isNotEmpty();
        assertThat(decided).allSatisfy(sample -> {
            assertThat(sample.accessPath()).isEqualTo(rule.accessPath());
            assertThat(sample.client()).isEqualTo(rule.client());
        });
    }

    @Test
    void mapsProtocolAndClientAppNamesLikeUserAgents() {
        assertThat(analyzer.accessPathOfProtocol("IMAP4")).isEqualTo(AccessPath.LEGACY_PROTOCOL);
        assertThat(analyzer.accessPathOfProtocol("Exchange ActiveSync")).isEqualTo(AccessPath.LEGACY_PROTOCOL);
        assertThat(analyzer.accessPathOfProtocol("Browser")).isEqualTo(AccessPath.CONSOLE);
        assertThat(analyzer.accessPathOfProtocol("Mobile Apps and Desktop clients"))
                .isEqualTo(AccessPath.UNKNOWN);
        assertThat(analyzer.accessPathOfProtocol(null)).isEqualTo(AccessPath.UNKNOWN);
        assertThat(analyzer.accessPathOfProtocol(" ")).isEqualTo(AccessPath.UNKNOWN);
    }

    @Test
    void aMalformedTableIsAnErrorNamingTheLine() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        AccessPathRules.parse("t.csv", List.of("pattern,accessPath,client", "(unclosed,CLI_API,x")))
                .withMessageContaining("t.csv line 2");
        assertThatIllegalStateException()
                .isThrownBy(
                        () -> AccessPathRules.parse("t.csv", List.of("pattern,accessPath,client", "^curl/,SHELL,curl")))
                .withMessageContaining("t.csv line 2");
        assertThatIllegalStateException()
                .isThrownBy(() -> AccessPathRules.parse("t.csv", List.of("# comment", "regex,path")))
                .withMessageContaining("t.csv line 2")
                .withMessageContaining("header");
    }
}
