package io.loginwatch.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Recent failed sign-ins from one source IP: the distinct users it failed on, each with its latest failure. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"last", "users"})
public final class FailingSource {

    private Instant last = Instant.EPOCH;
    private Map<String, Instant> users = new LinkedHashMap<>();

    FailingSource() {}

    /** Latest failure from this source. */
    public Instant last() {
        return last;
    }

    /** User name to that user's latest failure from this source, oldest first. */
    public Map<String, Instant> users() {
        return Collections.unmodifiableMap(users);
    }

    /** Distinct users whose latest failure from this source lies in the window ending at the instant. */
    public int usersWithin(Instant at, Duration window) {
        long to = at.getEpochSecond();
        long from = to - window.getSeconds();
        int count = 0;
        for (Instant failed : users.values()) {
            long time = failed.getEpochSecond();
            if (time >= from && time <= to) {
                count++;
            }
        }
        return count;
    }

    void add(String user, Instant at, Instant horizon, int maxUsers) {
        Instant previous = users.remove(user);
        users.put(user, previous != null && previous.isAfter(at) ? previous : at);
        if (at.isAfter(last)) {
            last = at;
        }
        for (Iterator<Instant> it = users.values().iterator(); it.hasNext(); ) {
            Instant seen = it.next();
            if (users.size() > maxUsers || seen.isBefore(horizon)) {
                it.remove(); // oldest first: over the cap, or too old to matter
            }
        }
    }
}
