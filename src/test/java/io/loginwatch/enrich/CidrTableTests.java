package io.loginwatch.enrich;

import static io.loginwatch.enrich.TestDatabases.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTableTests {

    @ParameterizedTest
    @CsvSource({
        "10.1.2.3/8, 10.0.0.0/8",
        "203.0.113.7, 203.0.113.7/32",
        "0.0.0.0/0, 0.0.0.0/0",
        "2001:DB8:0:0:1::/48, 2001:db8::/48",
        "2001:db8::1, 2001:db8::1/128",
        "::/0, ::/0",
        "2001:0:0:1:0:0:0:1/128, 2001:0:0:1::1/128",
        "fe80::/10, fe80::/10"
    })
    void normalizesCidrText(String text, String canonical) {
        assertThat(Cidr.parse(text)).hasToString(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "2001:db8::/129", "10.0.0.0/-1", "10.0.0.0/x", "office", "10.0.0/8", ""})
    void rejectsMalformedCidrs(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse(text));
    }

    @Test
    void containsChecksTheMaskedBits() {
        Cidr network = Cidr.parse("198.51.100.0/22");
        assertThat(network.contains(ip("198.51.103.255"))).isTrue();
        assertThat(network.contains(ip("198.51.104.0"))).isFalse();
        assertThat(network.contains(ip("2001:db8::1"))).isFalse();
        assertThat(Cidr.parse("2001:db8:80::/41").contains(ip("2001:db8:ff::1")))
                .isTrue();
        assertThat(Cidr.parse("2001:db8:80::/41").contains(ip("2001:db8:7f::1")))
                .isFalse();
    }

    @Test
    void longestPrefixWinsForIpv4AndIpv6() {
        CidrTable<String> table = CidrTable.<String>builder()
                .put(Cidr.parse("10.0.0.0/8"), "corp", (a, b) -> b)
                .put(Cidr.parse("10.20.0.0/16"), "office", (a, b) -> b)
                .put(Cidr.parse("10.20.30.40/32"), "host", (a, b) -> b)
                .put(Cidr.parse("2001:db8::/32"), "v6 corp", (a, b) -> b)
                .put(Cidr.parse("2001:db8:abcd:1200::/56"), "v6 office", (a, b) -> b)
                .build();

        assertThat(table.longestMatch(ip("10.1.1.1"))).isEqualTo("corp");
        assertThat(table.longestMatch(ip("10.20.1.1"))).isEqualTo("office");
        assertThat(table.longestMatch(ip("10.20.30.40"))).isEqualTo("host");
        assertThat(table.longestMatch(ip("11.0.0.1"))).isNull();
        assertThat(table.longestMatch(ip("2001:db8:1::1"))).isEqualTo("v6 corp");
        assertThat(table.longestMatch(ip("2001:db8:abcd:12ff::1"))).isEqualTo("v6 office");
        assertThat(table.longestMatch(ip("2001:db9::1"))).isNull();
        assertThat(table.size()).isEqualTo(5);
    }

    @Test
    void combinesEveryMatchingNetwork() {
        CidrTable<String> table = CidrTable.<String>builder()
                .put(Cidr.parse("0.0.0.0/0"), "a", (x, y) -> x + y)
                .put(Cidr.parse("81.2.0.0/16"), "b", (x, y) -> x + y)
                .put(Cidr.parse("81.2.69.0/24"), "c", (x, y) -> x + y)
                .put(Cidr.parse("81.2.69.0/24"), "d", (x, y) -> x + y)
                .build();

        assertThat(table.combineMatches(ip("81.2.69.142"), (x, y) -> x + "+" + y))
                .isEqualTo("cd+b+a");
        assertThat(table.combineMatches(ip("2001:db8::1"), (x, y) -> x + "+" + y))
                .isNull();
    }

    @Test
    void zeroLengthPrefixMatchesEverythingOfItsFamily() {
        CidrTable<String> table = CidrTable.<String>builder()
                .put(Cidr.parse("::/0"), "any v6", (a, b) -> b)
                .build();

        assertThat(table.longestMatch(ip("2a02:d000::1"))).isEqualTo("any v6");
        assertThat(table.longestMatch(ip("81.2.69.142"))).isNull();
    }
}
