package io.loginwatch.ingest;

import org.springframework.http.HttpStatus;

/** A whole request that cannot be ingested; mapped to an RFC 9457 problem with a stable type. */
class IngestException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;

    IngestException(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
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
}
