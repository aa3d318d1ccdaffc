package io.loginwatch.detection;

import io.loginwatch.events.StoredSignIn;
import java.util.List;

/**
 * Work the engine runs besides scoring, under the same lock and in the same one-batch-per-transaction pattern
 * (correlation implements it). Implementations run inside the caller's transaction and must not open their own.
 */
public interface EngineStep {

    /**
     * Called in a sign-in batch's transaction after its {@link SignInsAssessed} was published, so the batch's findings
     * are stored.
     *
     * @param scored every sign-in of the batch, in time order
     * @param detected the ones judged suspicious
     */
    void afterSignIns(List<StoredSignIn> scored, List<DetectedFinding> detected);

    /**
     * Processes up to {@code limit} items of this step's own work queue, oldest first, and removes them from it.
     * Called after all pending sign-ins are scored, once per transaction, until it returns less than {@code limit}.
     *
     * @return how many items were processed
     */
    int drain(int limit);
}
