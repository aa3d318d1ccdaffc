package io.loginwatch.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Canonical sign-in records as a log shipper would send them: most users at home with one or two devices, some with
 * the source's geo, some with only an IP (left to GeoIP), a few failures, CLI and browser agents.
 */
final class CanonicalRecords {

    private static final String[] AGENTS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
        "aws-cli/2.15.30 Python/3.11.8 Linux/5.15.0-1055-aws exe/x86_64.ubuntu.22 prompt/off command/s3.ls",
        "Boto3/1.34.51 md/Botocore#1.34.51 ua/2.0 os/linux#5.15.0 md/arch#x86_64 lang/python#3.11.8",
        "Terraform/1.7.4 (+https://www.terraform.io) terraform-provider-aws/5.40.0",
        "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro)"
    };
    private static final String[] APPS = {"AWS Console", "Okta Dashboard", "Salesforce", "GitHub", "Slack", "Jira"};
    private static final Object[][] PLACES = {
        {"US", "Seattle", 47.61, -122.33},
        {"US", "New York", 40.71, -74.01},
        {"GB", "London", 51.51, -0.13},
        {"DE", "Berlin", 52.52, 13.40},
        {"FR", "Paris", 48.86, 2.35},
        {"JP", "Tokyo", 35.68, 139.69},
        {"BR", "Sao Paulo", -23.55, -46.63},
        {"IN", "Bangalore", 12.97, 77.59},
        {"AU", "Sydney", -33.87, 151.21},
        {"CA", "Toronto", 43.65, -79.38}
    };

    private CanonicalRecords() {}

    /**
     * NDJSON lines for {@code count} sign-ins of {@code users} users, ids {@code prefix-0..}, times spread from
     * {@code start} one second apart per record.
     */
    static List<String> lines(String prefix, int count, int users, Instant start, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(count);
        StringBuilder line = new StringBuilder(512);
        for (int n = 0; n < count; n++) {
            int user = random.nextInt(users);
            line.setLength(0);
            line.append("{\"eventId\":\"").append(prefix).append('-').append(n).append('"');
            line.append(",\"occurredAt\":\"").append(start.plusSeconds(n)).append('"');
            line.append(",\"user\":\"user").append(user).append("@example.com\"");
            line.append(",\"displayName\":\"User ").append(user).append('"');
            boolean failure = random.nextInt(100) < 6;
            line.append(",\"outcome\":\"")
                    .append(failure ? "FAILURE" : "SUCCESS")
                    .append('"');
            if (failure) {
                line.append(",\"failureReason\":\"INVALID_CREDENTIALS\"");
            }
            line.append(",\"ip\":\"").append(ip(user, random)).append('"');
            int agent = (user + (random.nextInt(10) == 0 ? 1 : 0)) % AGENTS.length;
            line.append(",\"userAgent\":\"").append(AGENTS[agent]).append('"');
            line.append(",\"deviceId\":\"dev-")
                    .append(user)
                    .append('-')
                    .append(agent)
                    .append('"');
            line.append(",\"application\":\"")
                    .append(APPS[(user + random.nextInt(2)) % APPS.length])
                    .append('"');
            line.append(",\"mfa\":").append(random.nextInt(10) != 0);
            line.append(",\"sessionId\":\"s-")
                    .append(prefix)
                    .append('-')
                    .append(n)
                    .append('"');
            if (user % 3 != 0) { // two users in three come with the source's geo; the rest only with an IP
                Object[] place = PLACES[(user + (random.nextInt(50) == 0 ? 3 : 0)) % PLACES.length];
                line.append(",\"country\":\"").append(place[0]).append('"');
                line.append(",\"city\":\"").append(place[1]).append('"');
                line.append(",\"latitude\":").append(place[2]);
                line.append(",\"longitude\":").append(place[3]);
                line.append(",\"asn\":").append(64_500 + user % 20);
                line.append(",\"asOrg\":\"Example ISP ").append(user % 20).append('"');
            }
            line.append(",\"tenant\":\"example\"}");
            lines.add(line.toString());
        }
        return lines;
    }

    /** Mostly the user's own address; addresses the test GeoIP databases know for one user in three. */
    private static String ip(int user, SplittableRandom random) {
        int variant = random.nextInt(20) == 0 ? 1 : 0;
        return switch ((user + variant) % 5) {
            case 0 -> "214.78." + ((user >> 8) & 31) + "." + (user & 255); // San Diego in the test City database
            case 1 -> "89.160.20." + (128 + (user & 127)); // Linköping
            case 2 -> "81.2.69." + (160 + (user & 31)); // London
            case 3 -> "12.82." + ((user >> 8) & 255) + "." + (user & 255); // an ASN only
            default -> "198.18." + ((user >> 8) & 255) + "." + (user & 255); // unknown to the databases
        };
    }
}
