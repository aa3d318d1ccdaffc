package io.loginwatch.enrich;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small lock-free cache bounded in entries, with two generations: hits in the old generation are copied into the
 * young one, and when the young generation is full it becomes the old one and the previous old one is dropped. So the
 * cache holds at most about {@code maxEntries} entries and keeps what is used often, without per-entry bookkeeping.
 */
final class BoundedCache<K, V> {

    private final int generationSize;
    private volatile ConcurrentHashMap<K, V> young;
    private volatile ConcurrentHashMap<K, V> old;

    BoundedCache(int maxEntries) {
        if (maxEntries < 2) {
            throw new IllegalArgumentException("maxEntries must be at least 2");
        }
        this.generationSize = maxEntries / 2;
        this.young = new ConcurrentHashMap<>();
        this.old = new ConcurrentHashMap<>();
    }

    V get(K key, Function<K, V> loader) {
        ConcurrentHashMap<K, V> current = young;
        V value = current.get(key);
        if (value != null) {
            return value;
        }
        value = old.get(key);
        if (value == null) {
            value = loader.apply(key);
        }
        current.put(key, value);
        if (current.size() >= generationSize) {
            rotate(current);
        }
        return value;
    }

    int size() {
        return young.size() + old.size();
    }

    void clear() {
        synchronized (this) {
            young = new ConcurrentHashMap<>();
            old = new ConcurrentHashMap<>();
        }
    }

    private synchronized void rotate(ConcurrentHashMap<K, V> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>();
        }
    }
}
