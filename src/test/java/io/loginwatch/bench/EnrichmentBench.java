package io.loginwatch.bench;

import io.loginwatch.enrich.Enrichment;
import io.loginwatch.shared.SignIn;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.SourceParser;
import io.loginwatch.source.Sources;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Average cost of {@link Enrichment#enrich(SignIn)} over the benchmark's canonical records, test GeoIP databases on. */
final class EnrichmentBench {

    record Result(int records, double firstPassMicros, double warmMicros) {}

    private EnrichmentBench() {}

    static Result run(Enrichment enrichment, List<String> lines) {
        JsonMapper mapper = JsonMapper.builder().build();
        SourceParser parser = Sources.canonicalSignIns();
        List<SignIn> signIns = new ArrayList<>(lines.size());
        for (String line : lines) {
            signIns.add(((ParsedRecord.SignInRecord) parser.parse(mapper.readTree(line))).signIn());
        }
        long sink = 0;
        long t0 = System.nanoTime();
        for (SignIn signIn : signIns) {
            sink += enrichment.enrich(signIn).geo().source().ordinal();
        }
        double first = (System.nanoTime() - t0) / 1e3 / signIns.size();
        int passes = 5;
        long t1 = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            for (SignIn signIn : signIns) {
                sink += enrichment.enrich(signIn).geo().source().ordinal();
            }
        }
        double warm = (System.nanoTime() - t1) / 1e3 / ((double) passes * signIns.size());
        if (sink == 42) {
            System.out.print(""); // keeps the results alive
        }
        return new Result(signIns.size(), first, warm);
    }
}
