package io.loginwatch.enrich;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * IP literals and the address ranges that have no geography.
 *
 * <p>{@link #parse} never resolves a host name: only IPv4 dotted quads and IPv6 literals are accepted, so a stray
 * host name in an event costs nothing and leaks nothing to DNS. IPv4-mapped IPv6 addresses ({@code ::ffff:a.b.c.d})
 * come back as IPv4.
 *
 * <p>{@link #reservedRange} names the special-purpose ranges (RFC 6890 and successors) that the GeoIP databases must
 * never be asked about: private (RFC 1918, IPv6 unique-local, deprecated site-local), loopback, link-local, CGNAT
 * shared space, multicast, documentation, and the other non-routable blocks (this-network, unspecified, benchmarking,
 * IETF protocol assignments, reserved/broadcast, discard-only, local-use NAT64).
 */
public final class IpAddresses {

    /** The special-purpose ranges, as data: CIDR and the category reported for it. */
    private static final List<String[]> RESERVED = List.of(
            new String[] {"0.0.0.0/8", "this-network"},
            new String[] {"10.0.0.0/8", "private"},
            new String[] {"100.64.0.0/10", "cgnat"},
            new String[] {"127.0.0.0/8", "loopback"},
            new String[] {"169.254.0.0/16", "link-local"},
            new String[] {"172.16.0.0/12", "private"},
            new String[] {"192.0.0.0/24", "ietf-protocol"},
            new String[] {"192.0.2.0/24", "documentation"},
            new String[] {"192.168.0.0/16", "private"},
            new String[] {"198.18.0.0/15", "benchmarking"},
            new String[] {"198.51.100.0/24", "documentation"},
            new String[] {"203.0.113.0/24", "documentation"},
            new String[] {"224.0.0.0/4", "multicast"},
            new String[] {"240.0.0.0/4", "reserved"},
            new String[] {"::/128", "unspecified"},
            new String[] {"::1/128", "loopback"},
            new String[] {"64:ff9b:1::/48", "private"},
            new String[] {"100::/64", "discard-only"},
            new String[] {"2001:2::/48", "benchmarking"},
            new String[] {"2001:db8::/32", "documentation"},
            new String[] {"3fff::/20", "documentation"},
            new String[] {"fc00::/7", "private"},
            new String[] {"fe80::/10", "link-local"},
            new String[] {"fec0::/10", "private"},
            new String[] {"ff00::/8", "multicast"});

    private static final CidrTable<String> RESERVED_TABLE = reservedTable();

    private IpAddresses() {}

    /**
     * Parses an IP literal: a strict IPv4 dotted quad (no leading zeros) or an IPv6 literal, optionally in brackets
     * and with a zone id. Anything else, including host names, gives {@code null}.
     */
    public static @Nullable InetAddress parse(@Nullable String literal) {
        if (literal == null) {
            return null;
        }
        String text = literal.strip();
        if (text.isEmpty() || text.length() > 64) {
            return null;
        }
        if (text.indexOf(':') < 0) {
            byte[] v4 = parseIpv4(text);
            return v4 == null ? null : byAddress(v4);
        }
        if (text.charAt(0) == '[' && text.charAt(text.length() - 1) == ']') {
            text = text.substring(1, text.length() - 1);
        }
        int zone = text.indexOf('%');
        if (zone >= 0) {
            text = text.substring(0, zone);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
                return null;
            }
        }
        if (text.indexOf(':') < 0) {
            return null;
        }
        try {
            // With a ':' in it the JDK parses the text as an IPv6 literal and never consults DNS.
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The special-purpose range {@code address} belongs to ({@code private}, {@code loopback} ...), or null. */
    public static @Nullable String reservedRange(InetAddress address) {
        return RESERVED_TABLE.longestMatch(address);
    }

    /** True for globally routable unicast addresses, the only ones a GeoIP database is asked about. */
    public static boolean isPublic(InetAddress address) {
        return reservedRange(address) == null;
    }

    private static byte @Nullable [] parseIpv4(String text) {
        byte[] bytes = new byte[4];
        int part = 0;
        int value = -1;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? '.' : text.charAt(i);
            if (c == '.') {
                if (digits == 0 || part == 4) {
                    return null;
                }
                bytes[part++] = (byte) value;
                value = -1;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                if (digits > 0 && value == 0) {
                    return null; // leading zero: ambiguous (octal in some parsers)
                }
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                digits++;
                if (value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return part == 4 ? bytes : null;
    }

    private static @Nullable InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static CidrTable<String> reservedTable() {
        CidrTable.Builder<String> builder = CidrTable.builder();
        for (String[] range : RESERVED) {
            builder.put(Cidr.parse(range[0]), range[1], (first, second) -> first);
        }
        return builder.build();
    }
}
