package io.loginwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.shared.AccessPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserAgentAnalyzerTests {

    private static final UserAgentAnalyzer analyzer = new UserAgentAnalyzer();

    @ParameterizedTest(name = "{1} on {2}, {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
                        + " | Chrome | Windows | desktop",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
                        + " Edg/120.0.2210.91 | Edge | Windows | desktop",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1"
                        + " Safari/605.1.15 | Safari | Mac OS X | desktop",
                "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0 | Firefox | Linux | desktop",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " Version/17.1 Mobile/15E148 Safari/604.1 | Mobile Safari | iOS | mobile",
                "Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1"
                        + " Mobile/15E148 Safari/604.1 | Mobile Safari | iOS | tablet",
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144"
                        + " Mobile Safari/537.36 | Chrome Mobile | Android | mobile",
                "Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0"
                        + " Safari/537.36 | Chrome | Android | tablet",
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html) | Googlebot | | bot"
            })
    void namesBrowserOsAndDeviceTypeOfBrowsers(String agent, String browser, String os, String deviceType) {
        UserAgentInfo info = analyzer.analyze(agent);

        assertThat(info.browser()).isEqualTo(browser);
        assertThat(info.os()).isEqualTo(os);
        assertThat(info.deviceType()).isEqualTo(deviceType);
        assertThat(info.accessPath()).isEqualTo(AccessPath.CONSOLE);
        assertThat(info.client()).isNull();
    }

    @ParameterizedTest(name = "{1} on {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "aws-cli/2.15.0 Python/3.11.6 Linux/5.15.0-1051-aws exe/x86_64.ubuntu.22 prompt/off command/s3.ls"
                        + " | aws-cli | Linux | cli",
                "aws-cli/2.13.0 Python/3.11.4 Darwin/22.6.0 exe/x86_64 prompt/off command/sts.get-caller-identity"
                        + " | aws-cli | Mac OS X | cli",
                "aws-cli/2.15.0 Python/3.11.6 Windows/10 exe/AMD64 prompt/off command/s3.cp | aws-cli | Windows | cli",
                "Boto3/1.34.0 md/Botocore#1.34.0 ua/2.0 os/macos#23.1.0 md/arch#arm64 lang/python#3.11.6 Botocore/1.34.0"
                        + " | boto3 | Mac OS X | cli",
                "kubectl/v1.28.4 (darwin/arm64) kubernetes/bae2c62 | kubectl | Mac OS X | cli",
                "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.0 | powershell | Windows"
                        + " | cli",
                "Outlook-iOS/2.0 | outlook-mobile | iOS | mobile",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/UD1A.231105.004) | android-app | Android | mobile",
                "lambda.amazonaws.com | aws-service | | service"
            })
    void namesKnownClientsAndTheirOsWithoutTheBrowserDatabase(
            String agent, String client, String os, String deviceType) {
        UserAgentInfo info = analyzer.analyze(agent);

        assertThat(info.client()).isEqualTo(client);
        assertThat(info.browser()).isEqualTo(client);
        assertThat(info.os()).isEqualTo(os);
        assertThat(info.deviceType()).isEqualTo(deviceType);
    }

    @Test
    void curlNamesNoOs() {
        assertThat(analyzer.analyze("curl/8.4.0"))
                .isEqualTo(new UserAgentInfo("curl", null, "cli", AccessPath.CLI_API, "curl"));
    }

    @Test
    void unknownAgentsHaveNoAccessPath() {
        UserAgentInfo info = analyzer.analyze("SomeInhouseTool/0.3");

        assertThat(info.accessPath()).isEqualTo(AccessPath.UNKNOWN);
        assertThat(info.client()).isNull();
        assertThat(info.deviceType()).isNull();
    }

    @Test
    void nullAndBlankAgentsAreUnknown() {
        assertThat(analyzer.analyze(null)).isEqualTo(UserAgentInfo.UNKNOWN);
        assertThat(analyzer.analyze("  ")).isEqualTo(UserAgentInfo.UNKNOWN);
    }

    @Test
    void repeatedAgentsComeFromTheCache() {
        String agent = "Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0";

        assertThat(analyzer.analyze(agent)).isSameAs(analyzer.analyze(agent));
    }

    @Test
    void overlongAgentsAreCutBeforeParsing() {
        String agent = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0 ";
        String padded = agent + "x".repeat(100_000);

        UserAgentInfo info = analyzer.analyze(padded);

        assertThat(info.browser()).isEqualTo("Firefox");
        assertThat(info).isEqualTo(analyzer.analyze(padded.substring(0, UserAgentAnalyzer.MAX_LENGTH)));
    }

    @Test
    void theCacheStaysBounded() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(100);
        for (int i = 0; i < 10_000; i++) {
            cache.get(i, String::valueOf);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(100);
        assertThat(cache.get(9_999, key -> "reloaded"))
                .as("recent entries stay")
                .isEqualTo("9999");
        assertThat(cache.get(0, key -> "reloaded")).as("old entries go").isEqualTo("reloaded");
    }
}
