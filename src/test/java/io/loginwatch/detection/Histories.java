package io.loginwatch.detection;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.Device;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.Network;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic, deterministic sign-in histories of office workers: a morning IdP login with MFA each weekday, single
 * sign-on into a few applications through the day, a phone on the mobile network now and then, occasional weekend
 * use, the odd mistyped password, and one business trip.
 */
public final class Histories {

    private static final Geo[] HOMES = {
        SignIns.SEATTLE,
        SignIns.geo("US", "Chicago", 41.8781, -87.6298, 10),
        SignIns.geo("US", "Austin", 30.2672, -97.7431, 20),
        SignIns.geo("US", "Boston", 42.3601, -71.0589, 10),
    };
    private static final Geo[] TRIPS = {SignIns.NEW_YORK, SignIns.LONDON, SignIns.SAN_FRANCISCO, SignIns.BERLIN};
    private static final int[] HOME_UTC_OFFSET = {-8, -6, -6, -5};
    private static final String[] APPS = {
        "Salesforce",
        "Slack",
        "GitHub Enterprise",
        "Jira",
        "Confluence",
        "Workday",
        "Zoom",
        "AWS Console",
        "Google Drive"
    };
    private static final Network OFFICE = SignIns.network(16591, "Example Corp");
    private static final Network HOTEL = SignIns.network(3356, "Lumen");

    private Histories() {}

    /** About {@code days} days of one user's sign-ins starting at {@link SignIns#T0}, in time order. */
    public static List<SignIn> officeWorker(String user, int days, long seed) {
        Random random = new Random(seed);
        int home = random.nextInt(HOMES.length);
        Geo homeGeo = HOMES[home];
        List<String> apps = new ArrayList<>();
        int appCount = 3 + random.nextInt(4);
        for (int i = 0; i < appCount; i++) {
            String app = APPS[random.nextInt(APPS.length)];
            if (!apps.contains(app)) {
                apps.add(app);
            }
        }
        Device laptop =
                random.nextBoolean() ? SignIns.LAPTOP : new Device(null, null, "macOS", "Safari", "desktop", true);
        int tripStart = 10 + random.nextInt(days - 20);
        Geo trip = TRIPS[random.nextInt(TRIPS.length)];
        String homeIp = "203.0.113." + random.nextInt(250);
        List<SignIn> signIns = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            boolean weekend = day % 7 >= 5;
            if (weekend && random.nextInt(10) >= 3) {
                continue;
            }
            boolean travelling = day >= tripStart && day < tripStart + 3;
            Geo geo = travelling ? trip : homeGeo;
            boolean inOffice = !travelling && !weekend && random.nextInt(10) < 6;
            Network network = travelling ? HOTEL : inOffice ? OFFICE : SignIns.COMCAST;
            String ip = travelling ? "198.51.100." + random.nextInt(250) : inOffice ? "192.0.2.10" : homeIp;
            // 08:00-10:00 local time
            Instant morning = SignIns.T0
                    .minus(Duration.ofHours(16))
                    .plus(Duration.ofDays(day))
                    .minus(Duration.ofHours(HOME_UTC_OFFSET[home]))
                    .plus(Duration.ofHours(8))
                    .plus(Duration.ofMinutes(random.nextInt(120)));
            if (random.nextInt(20) == 0) {
                signIns.add(base(user, morning.minus(Duration.ofMinutes(1)), geo, network, laptop, ip)
                        .outcome(Outcome.FAILURE)
                        .failureReason("INVALID_CREDENTIALS")
                        .build());
            }
            String session = UUID.nameUUIDFromBytes((user + day).getBytes()).toString();
            signIns.add(base(user, morning, geo, network, laptop, ip)
                    .application("Okta Dashboard")
                    .sessionId(session)
                    .mfa(true)
                    .build());
            int ssos = weekend ? 1 : 2 + random.nextInt(5);
            for (int i = 0; i < ssos; i++) {
                Instant at = morning.plus(Duration.ofMinutes(10 + random.nextInt(540)));
                signIns.add(base(user, at, geo, network, laptop, ip)
                        .kind(SignInKind.SSO)
                        .accessPath(AccessPath.SSO)
                        .application(apps.get(random.nextInt(apps.size())))
                        .sessionId(session)
                        .build());
            }
            if (random.nextInt(4) == 0) {
                Instant at = morning.plus(Duration.ofMinutes(600 + random.nextInt(120)));
                signIns.add(base(
                                user,
                                at,
                                geo,
                                travelling ? network : SignIns.TMOBILE,
                                SignIns.PHONE,
                                "172.56.7." + random.nextInt(250))
                        .kind(SignInKind.SSO)
                        .accessPath(AccessPath.MOBILE_APP)
                        .application("Slack")
                        .build());
            }
        }
        signIns.sort(Comparator.comparing(SignIn::occurredAt));
        return signIns;
    }

    private static SignIn.Builder base(String user, Instant at, Geo geo, Network network, Device device, String ip) {
        return SignIns.login(user, at)
                .geo(geo)
                .network(network)
                .device(device)
                .ip(ip)
                .mfa(null)
                .accessPath(AccessPath.CONSOLE);
    }
}
