package io.loginwatch.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * How often and how recently a value (a country, an ASN, a device ...) was seen. Mutable, owned by its baseline.
 * Serialized compactly as {@code [count, last]}, e.g. {@code "US":[251,"2025-05-02"]}: seen 251 times, last on 2 May
 * 2025 (UTC).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"count", "last"})
public final class Seen {

    private static final int MAX_COUNT = 1_000_000;

    private int count;
    private LocalDate last = LocalDate.EPOCH;

    Seen() {}

    Seen(int count, LocalDate last) {
        this.count = count;
        this.last = last;
    }

    /** Number of times the value was seen (bounded). */
    public int count() {
        return count;
    }

    /** UTC day the value was last seen. */
    public LocalDate last() {
        return last;
    }

    void touch(LocalDate day) {
        if (count < MAX_COUNT) {
            count++;
        }
        if (day.isAfter(last)) {
            last = day;
        }
    }

    void add(int n, LocalDate day) {
        count = (int) Math.min(MAX_COUNT, (long) count + n);
        if (day.isAfter(last)) {
            last = day;
        }
    }

    /** Eviction rank: frequent and recent values are kept, rare and stale ones go first. */
    /** Evicts the value least worth keeping (see {@link #keepScore}) when the map holds {@code max} values. */
    static <K> void makeRoom(java.util.Map<K, Seen> values, LocalDate day, int max) {
        if (values.size() < max) {
            return;
        }
        K weakest = null;
        double weakestScore = Double.MAX_VALUE;
        for (java.util.Map.Entry<K, Seen> entry : values.entrySet()) {
            double score = entry.getValue().keepScore(day);
            if (score < weakestScore) {
                weakest = entry.getKey();
                weakestScore = score;
            }
        }
        values.remove(weakest);
    }

    double keepScore(LocalDate today) {
        long ageDays = Math.max(0, today.toEpochDay() - last.toEpochDay());
        return count / (1.0 + ageDays);
    }
}
