package io.loginwatch.ingest;

/** Every record of a batch was rejected: nothing was stored. */
class BatchRejectedException extends RuntimeException {

    private final IngestResult result;

    BatchRejectedException(IngestResult result) {
        super("All " + result.rejected().size() + " records were rejected; nothing was stored");
        this.result = result;
    }

    IngestResult result() {
        return result;
    }
}
