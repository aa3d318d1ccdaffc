package io.loginwatch.detection.signals;

import io.loginwatch.baseline.Seen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers shared by the NEW_* detectors. */
final class NoveltyDetectors {

    private static final int MAX_LISTED = 6;

    private NoveltyDetectors() {}

    /** The most frequent known values, for evidence. */
    static <K> List<String> top(Map<K, Seen> known) {
        List<Map.Entry<K, Seen>> entries = new ArrayList<>(known.entrySet());
        entries.sort(
                (a, b) -> Integer.compare(b.getValue().count(), a.getValue().count()));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < entries.size() && i < MAX_LISTED; i++) {
            names.add(String.valueOf(entries.get(i).getKey()));
        }
        return names;
    }
}
