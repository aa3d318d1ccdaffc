package io.loginwatch.ingest;

import io.loginwatch.source.SourceParser;
import io.loginwatch.source.Sources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parsers behind each ingest path. */
final class SourceParsers {

    private final SourceParser canonicalSignIns = Sources.canonicalSignIns();
    private final SourceParser canonicalAudit = Sources.canonicalAudit();
    private final Map<String, SourceParser> vendors = new LinkedHashMap<>();

    SourceParsers(List<SourceParser> vendorParsers) {
        vendorParsers.forEach(parser -> vendors.put(parser.source(), parser));
    }

    SourceParser canonicalSignIns() {
        return canonicalSignIns;
    }

    SourceParser canonicalAudit() {
        return canonicalAudit;
    }

    SourceParser vendor(String source) {
        SourceParser parser = vendors.get(source);
        if (parser == null) {
            throw IngestException.unknownSource(
                    "Unknown source '" + source + "'; known sources: " + String.join(", ", vendors.keySet()));
        }
        return parser;
    }

    Set<String> vendorNames() {
        return vendors.keySet();
    }
}
