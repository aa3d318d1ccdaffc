package io.loginwatch.ingest;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Bounds the ingest requests in progress ({@code loginwatch.ingest.max-concurrent-requests}): a request that cannot
 * get a slot within {@code permit-wait} is answered 503 with {@code Retry-After} before its body is read, so a burst
 * or a slow database never piles bodies up in memory. Shippers retry; ingest is idempotent.
 */
@Component
class IngestLimiter {

    private final Semaphore slots;
    private final IngestProperties properties;

    IngestLimiter(IngestProperties properties) {
        this.properties = properties;
        this.slots = new Semaphore(properties.maxConcurrentRequests(), true);
    }

    /** Runs the work in a slot, or throws a 503 {@link IngestException} when none frees up in time. */
    <T> T inSlot(Work<T> work) throws java.io.IOException {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(properties.permitWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw IngestException.unavailable(
                    "Ingest is at its limit of " + properties.maxConcurrentRequests()
                            + " concurrent requests (loginwatch.ingest.max-concurrent-requests); retry later",
                    properties.retryAfter());
        }
        try {
            return work.run();
        } finally {
            slots.release();
        }
    }

    /** Slots free right now. */
    int available() {
        return slots.availablePermits();
    }

    Semaphore slots() {
        return slots;
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws java.io.IOException;
    }
}
