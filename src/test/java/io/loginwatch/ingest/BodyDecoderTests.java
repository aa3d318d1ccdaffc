package io.loginwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Framing read from the bytes, values handed over one by one, large envelopes handed over chunk by chunk. */
class BodyDecoderTests {

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final BodyDecoder decoder = new BodyDecoder(mapper);

    /** Keeps what it receives as text, since a streamed envelope object is reused between chunks. */
    private static final class Collected implements BodyDecoder.Sink {
        final List<String> values = new ArrayList<>();
        final List<String> broken = new ArrayList<>();
        int restarts;

        @Override
        public void value(JsonNode json) {
            values.add(json.toString());
        }

        @Override
        public void broken(String error) {
            broken.add(error);
        }

        @Override
        public void restart() {
            restarts++;
            values.clear();
            broken.clear();
        }
    }

    @Test
    void handsOverNdjsonValuesOneByOneWithoutFallingBackToLines() {
        Collected sink = decode("{\"a\":1}\n{\"a\":2}\n\n{\"a\":3}\n");

        assertThat(sink.values).containsExactly("{\"a\":1}", "{\"a\":2}", "{\"a\":3}");
        assertThat(sink.restarts).isZero();
    }

    @Test
    void handsOverTheElementsOfATopLevelArray() {
        assertThat(decode("[{\"a\":1},{\"a\":2}]").values).containsExactly("{\"a\":1}", "{\"a\":2}");
    }

    @Test
    void rejectsOnlyTheBrokenLineOfNdjsonAfterRestarting() {
        Collected sink = decode("{\"a\":1}\n{\"a\":\n{\"a\":3}\n");

        assertThat(sink.restarts).isEqualTo(1);
        assertThat(sink.values).containsExactly("{\"a\":1}", "{\"a\":3}");
        assertThat(sink.broken).singleElement().asString().startsWith("line 2 is not valid JSON");
    }

    @Test
    void handsOverALargeRecordsEnvelopeInChunksKeepingTheFieldsBeforeTheArray() {
        int count = BodyDecoder.CHUNK * 2 + 17;
        String body = "{\"kind\":\"export\",\"records\":[" + records(count) + "],\"after\":true}";

        Collected sink = decode(body);

        assertThat(sink.values).hasSize(3);
        List<String> ids = new ArrayList<>();
        for (String value : sink.values) {
            JsonNode envelope = mapper.readTree(value);
            assertThat(envelope.get("kind").asString()).isEqualTo("export");
            envelope.get("records").forEach(record -> ids.add(record.get("id").asString()));
        }
        assertThat(ids).hasSize(count).first().isEqualTo("r0");
        assertThat(ids).last().isEqualTo("r" + (count - 1));
        assertThat(mapper.readTree(sink.values.get(0)).get("records")).hasSize(BodyDecoder.CHUNK);
    }

    @Test
    void handsOverALargeOktaHookDataEventsEnvelopeInChunks() {
        int count = BodyDecoder.CHUNK + 1;
        String body = "{\"eventType\":\"com.okta.event_hook\",\"data\":{\"events\":[" + records(count) + "]}}";

        Collected sink = decode(body);

        assertThat(sink.values).hasSize(2);
        assertThat(mapper.readTree(sink.values.get(1)).get("data").get("events"))
                .singleElement()
                .satisfies(record -> assertThat(record.get("id").asString()).isEqualTo("r" + (count - 1)));
        assertThat(mapper.readTree(sink.values.get(1)).get("eventType").asString())
                .isEqualTo("com.okta.event_hook");
    }

    @Test
    void handsOverALargeObjectWhoseRecordsFitInOneChunkUnchanged() {
        String body =
                "{\"Records\":[" + records(3) + "],\"pad\":\"" + "x".repeat(BodyDecoder.STREAM_ENVELOPES_FROM) + "\"}";

        Collected sink = decode(body);

        assertThat(sink.values).singleElement().isEqualTo(mapper.readTree(body).toString());
    }

    @Test
    void neverSplitsAnArrayThatIsNotAnEnvelope() {
        String body = "{\"id\":\"bare\",\"resources\":[" + records(BodyDecoder.CHUNK * 3) + "],\"pad\":\""
                + "x".repeat(BodyDecoder.STREAM_ENVELOPES_FROM) + "\"}";

        Collected sink = decode(body);

        assertThat(sink.values).singleElement().isEqualTo(mapper.readTree(body).toString());
    }

    private Collected decode(String body) {
        Collected sink = new Collected();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (body.contains("\"records\"") || body.contains("\"events\"")) {
            // pad large envelopes past the streaming threshold without changing their records
            bytes = (body + " ".repeat(Math.max(0, BodyDecoder.STREAM_ENVELOPES_FROM - bytes.length)))
                    .getBytes(StandardCharsets.UTF_8);
        }
        decoder.decode(bytes, sink);
        return sink;
    }

    private static String records(int count) {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                records.append(',');
            }
            records.append("{\"id\":\"r")
                    .append(i)
                    .append("\",\"n\":")
                    .append(i)
                    .append('}');
        }
        return records.toString();
    }
}
