package io.loginwatch.enrich;

import static io.loginwatch.enrich.TestDatabases.ip;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTests {

    @Test
    void parsesIpv4AndIpv6Literals() {
        assertThat(IpAddresses.parse("81.2.69.142")).isInstanceOf(Inet4Address.class);
        assertThat(IpAddresses.parse(" 81.2.69.142 ").getHostAddress()).isEqualTo("81.2.69.142");
        assertThat(IpAddresses.parse("2001:db8::1")).isInstanceOf(Inet6Address.class);
        assertThat(IpAddresses.parse("[2001:db8::1]").getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(IpAddresses.parse("fe80::1%eth0").getHostAddress()).isEqualTo("fe80:0:0:0:0:0:0:1");
    }

    @Test
    void readsIpv4MappedIpv6AsIpv4() {
        assertThat(IpAddresses.parse("::ffff:81.2.69.142"))
                .isInstanceOf(Inet4Address.class)
                .isEqualTo(ip("81.2.69.142"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "localhost",
                "example.com",
                "1.2.3",
                "1.2.3.4.5",
                "256.1.1.1",
                "01.2.3.4",
                "1..2.3",
                "1.2.3.4/24",
                "1.2.3.4:443",
                "2001:db8::g",
                "2001:db8:::1",
                "unknown",
                "-"
            })
    void rejectsWhatIsNotAnIpLiteralWithoutResolvingIt(String text) {
        assertThat(IpAddresses.parse(text)).isNull();
    }

    @Test
    void rejectsNull() {
        assertThat(IpAddresses.parse(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "10.1.2.3, private",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.168.1.10, private",
        "127.0.0.1, loopback",
        "169.254.169.254, link-local",
        "100.64.0.1, cgnat",
        "100.127.255.254, cgnat",
        "224.0.0.251, multicast",
        "239.255.255.250, multicast",
        "192.0.2.10, documentation",
        "198.51.100.7, documentation",
        "203.0.113.99, documentation",
        "0.0.0.0, this-network",
        "255.255.255.255, reserved",
        "198.18.0.1, benchmarking",
        "::1, loopback",
        "::, unspecified",
        "fd00::1, private",
        "fc12:3456::1, private",
        "fe80::1, link-local",
        "ff02::1, multicast",
        "2001:db8::1, documentation",
        "3fff::1, documentation",
        "::ffff:10.0.0.1, private"
    })
    void namesSpecialPurposeRanges(String address, String category) {
        assertThat(IpAddresses.reservedRange(ip(address))).isEqualTo(category);
        assertThat(IpAddresses.isPublic(ip(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "81.2.69.142",
                "8.8.8.8",
                "172.32.0.1",
                "100.128.0.1",
                "192.169.0.1",
                "2001:218::1",
                "2a02:d000::1",
                "2001:4860:4860::8888"
            })
    void treatsGlobalUnicastAsPublic(String address) {
        assertThat(IpAddresses.isPublic(ip(address))).isTrue();
    }
}
