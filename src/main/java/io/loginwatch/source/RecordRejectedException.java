package io.loginwatch.source;

/** A record that cannot be mapped; the message names the field and what was wrong with it. */
public class RecordRejectedException extends RuntimeException {

    public RecordRejectedException(String reason) {
        super(reason);
    }

    public RecordRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
