package io.loginwatch.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recent sign-ins from one source IP that has failed lately: the distinct users it failed on and the distinct users
 * who signed in successfully from it, each with their latest time. A password sprayer fails on many users and succeeds
 * on few; a shared office or NAT address sees mostly successes.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"last", "failed", "succeeded"})
public final class FailingSource {

    private Instant last = Instant.EPOCH;
    private Map<String, Instant> failed = new LinkedHashMap<>();
    private Map<String, Instant> succeeded = new LinkedHashMap<>();

    FailingSource() {}

    /** Latest failure from this source. */
    public Instant last() {
        return last;
    }

    /** User name to that user's latest failure from this source, oldest first. */
    public Map<String, Instant> failed() {
        return Collections.unmodifiableMap(failed);
    }

    /** User name to that user's latest success from this source (since it first failed), oldest first. */
    public Map<String, Instant> succeeded() {
        return Collections.unmodifiableMap(succeeded);
    }

    /** Distinct users whose latest failure from this source lies in the window ending at the instant. */
    public int failedWithin(Instant at, Duration window) {
        return countWithin(failed, at, window);
    }

    /** Distinct users whose latest success from this source lies in the window ending at the instant. */
    public int succeededWithin(Instant at, Duration window) {
        return countWithin(succeeded, at, window);
    }

    private static int countWithin(Map<String, Instant> users, Instant at, Duration window) {
        long to = at.getEpochSecond();
        long from = to - window.getSeconds();
        int count = 0;
        for (Instant seen : users.values()) {
            long time = seen.getEpochSecond();
            if (time >= from && time <= to) {
                count++;
            }
        }
        return count;
    }

    void addFailure(String user, Instant at, Instant horizon, int maxUsers) {
        put(failed, user, at, horizon, maxUsers);
        if (at.isAfter(last)) {
            last = at;
        }
    }

    void addSuccess(String user, Instant at, Instant horizon, int maxUsers) {
        put(succeeded, user, at, horizon, maxUsers);
    }

    private static void put(Map<String, Instant> users, String user, Instant at, Instant horizon, int maxUsers) {
        Instant previous = users.remove(user);
        users.put(user, previous != null && previous.isAfter(at) ? previous : at);
        for (Iterator<Instant> it = users.values().iterator(); it.hasNext(); ) {
            Instant seen = it.next();
            if (users.size() > maxUsers || seen.isBefore(horizon)) {
                it.remove(); // oldest first: over the cap, or too old to matter
            }
        }
    }
}
