package io.loginwatch.enrich;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An immutable IPv4/IPv6 prefix table. Networks are kept in one hash map per prefix length, so a lookup costs one hash
 * probe per distinct prefix length present (a handful in practice), longest first; no scan of the entries.
 *
 * @param <V> what each network maps to
 */
final class CidrTable<V> {

    private record V6Key(long high, long low) {}

    private static final CidrTable<?> EMPTY = new CidrTable<>(new HashMap<>(), new HashMap<>());

    private final int[] v4Lengths;
    private final Map<Integer, V>[] v4;
    private final int[] v6Lengths;
    private final Map<V6Key, V>[] v6;
    private final int size;

    @SuppressWarnings("unchecked")
    private CidrTable(Map<Integer, Map<Integer, V>> v4ByLength, Map<Integer, Map<V6Key, V>> v6ByLength) {
        this.v4 = new Map[33];
        this.v6 = new Map[129];
        this.v4Lengths = descending(
                v4ByLength.keySet().stream().mapToInt(Integer::intValue).toArray());
        this.v6Lengths = descending(
                v6ByLength.keySet().stream().mapToInt(Integer::intValue).toArray());
        int count = 0;
        for (var entry : v4ByLength.entrySet()) {
            v4[entry.getKey()] = Map.copyOf(entry.getValue());
            count += entry.getValue().size();
        }
        for (var entry : v6ByLength.entrySet()) {
            v6[entry.getKey()] = Map.copyOf(entry.getValue());
            count += entry.getValue().size();
        }
        this.size = count;
    }

    @SuppressWarnings("unchecked")
    static <V> CidrTable<V> empty() {
        return (CidrTable<V>) EMPTY;
    }

    static <V> Builder<V> builder() {
        return new Builder<>();
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The value of the most specific network containing {@code address}, or {@code null}. */
    @Nullable
    V longestMatch(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int bits = Cidr.ipv4(bytes);
            for (int length : v4Lengths) {
                V value = v4[length].get(bits & Cidr.maskV4(length));
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
        long high = Cidr.high(bytes);
        long low = Cidr.low(bytes);
        for (int length : v6Lengths) {
            V value = v6[length].get(new V6Key(high & Cidr.maskHigh(length), low & Cidr.maskLow(length)));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The values of every network containing {@code address}, combined with {@code combine}; {@code null} if none. */
    @Nullable
    V combineMatches(InetAddress address, BinaryOperator<V> combine) {
        byte[] bytes = address.getAddress();
        V result = null;
        if (bytes.length == 4) {
            int bits = Cidr.ipv4(bytes);
            for (int length : v4Lengths) {
                V value = v4[length].get(bits & Cidr.maskV4(length));
                if (value != null) {
                    result = result == null ? value : combine.apply(result, value);
                }
            }
            return result;
        }
        long high = Cidr.high(bytes);
        long low = Cidr.low(bytes);
        for (int length : v6Lengths) {
            V value = v6[length].get(new V6Key(high & Cidr.maskHigh(length), low & Cidr.maskLow(length)));
            if (value != null) {
                result = result == null ? value : combine.apply(result, value);
            }
        }
        return result;
    }

    private static int[] descending(int[] lengths) {
        java.util.Arrays.sort(lengths);
        for (int i = 0, j = lengths.length - 1; i < j; i++, j--) {
            int swap = lengths[i];
            lengths[i] = lengths[j];
            lengths[j] = swap;
        }
        return lengths;
    }

    /** Collects networks; the same network given twice is merged with the caller's function. */
    static final class Builder<V> {
        private final Map<Integer, Map<Integer, V>> v4 = new HashMap<>();
        private final Map<Integer, Map<V6Key, V>> v6 = new HashMap<>();

        Builder<V> put(Cidr cidr, V value, BinaryOperator<V> merge) {
            if (cidr.isV6()) {
                v6.computeIfAbsent(cidr.prefix(), length -> new HashMap<>())
                        .merge(new V6Key(cidr.high(), cidr.low()), value, merge);
            } else {
                v4.computeIfAbsent(cidr.prefix(), length -> new HashMap<>()).merge(cidr.v4Bits(), value, merge);
            }
            return this;
        }

        CidrTable<V> build() {
            return v4.isEmpty() && v6.isEmpty() ? empty() : new CidrTable<>(v4, v6);
        }
    }
}
