package io.loginwatch.ingest;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** A whole request that cannot be ingested; mapped to an RFC 9457 problem with a stable type. */
class IngestException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final @Nullable Duration retryAfter;

    IngestException(HttpStatus status, String type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    IngestException(HttpStatus status, String type, String title, String detail, @Nullable Duration retryAfter) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.retryAfter = retryAfter;
    }

    /** 503: try again after the given time; nothing of the request was stored. */
    static IngestException unavailable(String detail, Duration retryAfter) {
        return new IngestException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "ingest-unavailable",
                "Ingest temporarily unavailable",
                detail,
                retryAfter);
    }

    static IngestException tooLarge(String detail) {
        return new IngestException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large", detail);
    }

    static IngestException notJson(String detail) {
        return new IngestException(HttpStatus.BAD_REQUEST, "malformed-body", "Body is not JSON", detail);
    }

    static IngestException unsupportedMediaType(String detail) {
        return new IngestException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type", detail);
    }

    static IngestException unknownSource(String detail) {
        return new IngestException(HttpStatus.NOT_FOUND, "unknown-source", "Unknown source", detail);
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }

    @Nullable
    Duration retryAfter() {
        return retryAfter;
    }
}
