package io.loginwatch.enrich;

import java.nio.file.Path;

/**
 * An enrichment data file (GeoIP database, named-network file, anonymizer list) is missing, unreadable or malformed.
 * Thrown at start-up so that a misconfigured path is a clear error, never a silent no-op; the message names the file.
 */
public class EnrichmentDataException extends RuntimeException {

    private final Path path;

    public EnrichmentDataException(Path path, String message) {
        super(message);
        this.path = path;
    }

    public EnrichmentDataException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /** The file at fault. */
    public Path path() {
        return path;
    }
}
