package io.loginwatch.enrich;

import java.net.Inet4Address;
import java.net.InetAddress;
import org.jspecify.annotations.Nullable;

/**
 * An IPv4 or IPv6 network in CIDR notation, held as its masked address bits. A bare address is a host network
 * ({@code /32} or {@code /128}); host bits below the prefix are cleared ({@code 10.1.2.3/8} is {@code 10.0.0.0/8}).
 */
final class Cidr {

    private final boolean v6;
    private final long hi;
    private final long lo;
    private final int prefix;

    private Cidr(boolean v6, long hi, long lo, int prefix) {
        this.v6 = v6;
        this.hi = hi;
        this.lo = lo;
        this.prefix = prefix;
    }

    /**
     * Parses {@code 203.0.113.0/24}, {@code 2001:db8::/32} or a bare address.
     *
     * @throws IllegalArgumentException when the text is not a CIDR or the prefix length is out of range
     */
    static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        InetAddress parsed = IpAddresses.parse(address);
        if (parsed == null) {
            throw new IllegalArgumentException("not an IP address or CIDR: '" + text + "'");
        }
        boolean v6 = !(parsed instanceof Inet4Address);
        int max = v6 ? 128 : 32;
        int prefix = max;
        if (slash >= 0) {
            String length = trimmed.substring(slash + 1);
            try {
                prefix = Integer.parseInt(length);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a prefix length in '" + text + "'");
            }
            if (prefix < 0 || prefix > max || length.startsWith("+")) {
                throw new IllegalArgumentException("prefix length out of range (0-" + max + ") in '" + text + "'");
            }
        }
        byte[] bytes = parsed.getAddress();
        if (v6) {
            return new Cidr(true, high(bytes) & maskHigh(prefix), low(bytes) & maskLow(prefix), prefix);
        }
        return new Cidr(false, 0, (ipv4(bytes) & maskV4(prefix)) & 0xFFFFFFFFL, prefix);
    }

    boolean isV6() {
        return v6;
    }

    int prefix() {
        return prefix;
    }

    /** The masked IPv4 address as an int (only for IPv4 networks). */
    int v4Bits() {
        return (int) lo;
    }

    long high() {
        return hi;
    }

    long low() {
        return lo;
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (v6) {
            return bytes.length == 16 && (high(bytes) & maskHigh(prefix)) == hi && (low(bytes) & maskLow(prefix)) == lo;
        }
        return bytes.length == 4 && (ipv4(bytes) & maskV4(prefix)) == (int) lo;
    }

    static int ipv4(byte[] bytes) {
        return ((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
    }

    static long high(byte[] bytes) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }

    static long low(byte[] bytes) {
        long value = 0;
        for (int i = 8; i < 16; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }

    static int maskV4(int prefix) {
        return prefix == 0 ? 0 : (int) (0xFFFFFFFFL << (32 - prefix));
    }

    static long maskHigh(int prefix) {
        if (prefix >= 64) {
            return -1L;
        }
        return prefix == 0 ? 0L : -1L << (64 - prefix);
    }

    static long maskLow(int prefix) {
        if (prefix <= 64) {
            return 0L;
        }
        return prefix == 128 ? -1L : -1L << (128 - prefix);
    }

    /** Canonical text: dotted quad, or RFC 5952 compressed IPv6, then {@code /prefix}. */
    @Override
    public String toString() {
        if (!v6) {
            int bits = (int) lo;
            return (bits >>> 24) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF)
                    + "/" + prefix;
        }
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) ((hi >>> (48 - 16 * i)) & 0xFFFF);
            groups[i + 4] = (int) ((lo >>> (48 - 16 * i)) & 0xFFFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.append('/').append(prefix).toString();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Cidr that && v6 == that.v6 && hi == that.hi && lo == that.lo && prefix == that.prefix;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hi) * 31 + Long.hashCode(lo) * 17 + prefix + (v6 ? 1 : 0);
    }
}
