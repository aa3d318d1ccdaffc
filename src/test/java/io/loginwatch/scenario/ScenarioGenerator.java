package io.loginwatch.scenario;

import static io.loginwatch.scenario.World.network;

import io.loginwatch.detection.SignalType;
import io.loginwatch.scenario.SignInRecord.Located;
import io.loginwatch.scenario.World.City;
import io.loginwatch.scenario.World.Network;
import io.loginwatch.scenario.World.NetworkKind;
import io.loginwatch.scenario.World.Office;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Generates a labelled scenario, deterministic for its seed: a few hundred employees in six offices on four
 * continents, working in their own time zones from the office, from home and on business trips, plus service
 * accounts on schedules; benign noise that must not alert; and planted attacks of every kind, each labelled.
 *
 * <p>Benign patterns: business travel with real flight times (departure, great-circle flight at 830 km/h plus 45 min,
 * first sign-in 1.5 h or more after landing), a shared corporate VPN egress (three Zscaler points of presence, many
 * users on few IPs, geolocated where the egress is, sometimes switched on in the middle of a session), new phones,
 * mobile-carrier IP churn within the country and ASN, home IP changes within the ISP, service accounts on schedules,
 * new employees (first sign-in after day 10), employees back from long leave, one-off mistyped passwords and
 * unanswered MFA pushes, evening and weekend sign-ins, a rarely used application, routine admin changes.
 *
 * <p>Attacks come after the victim's learning period; each victim is attacked once.
 */
public final class ScenarioGenerator {

    static final String DOMAIN = "@acme.example";
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final List<String> FIRST = List.of(
            "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "niaj",
            "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "yusuf", "aisha", "bruno", "chen",
            "dmitri", "elena", "farah", "gustav", "hana", "igor", "jasmin", "kenji", "lena", "mateo", "nadia", "oscar",
            "priya", "quentin", "rosa", "sanjay", "tomas", "ursula", "vikram", "wen", "ximena", "yara", "zoltan",
            "amara", "bjorn", "camille", "deepak", "emeka", "fatima", "giulia", "hiro", "ines", "jamal", "kofi",
            "lucia");
    private static final List<String> LAST = List.of(
            "smith",
            "jones",
            "garcia",
            "muller",
            "patel",
            "nguyen",
            "kim",
            "brown",
            "wilson",
            "taylor",
            "schmidt",
            "sharma",
            "chen",
            "lopez",
            "martin",
            "rossi",
            "novak",
            "ito",
            "okafor",
            "silva",
            "walker",
            "fischer",
            "kumar",
            "hughes",
            "weber",
            "reddy",
            "murphy",
            "clarke",
            "wagner",
            "iyer",
            "evans",
            "becker",
            "rao",
            "baker",
            "hoffmann",
            "singh",
            "turner",
            "koch",
            "menon",
            "wright",
            "young",
            "zhang");

    private static final String UA_WIN_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36";
    private static final String UA_WIN_EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.65";
    private static final String UA_MAC_CHROME = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36";
    private static final String UA_MAC_SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
    private static final String UA_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
            + " AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
    private static final String UA_IPHONE_NEW = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
            + " AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
    private static final String UA_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36";
    private static final String UA_ANDROID_NEW = "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36";
    private static final String UA_ATTACKER_FIREFOX =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0";
    private static final String UA_ATTACKER_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36";
    private static final List<String> LAPTOP_AGENTS = List.of(UA_WIN_CHROME, UA_WIN_EDGE, UA_MAC_CHROME, UA_MAC_SAFARI);
    private static final List<String> CLI_AGENTS = List.of(
            "aws-cli/2.15.30 Python/3.11.8 Darwin/23.4.0 exe/x86_64 prompt/off",
            "aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0-26-generic exe/x86_64.ubuntu.22 prompt/off",
            "aws-cli/2.15.30 Python/3.11.8 Windows/10 exe/AMD64 prompt/off");

    private static final List<String> ALL_APPS = List.of(
            "Microsoft 365",
            "Slack",
            "Zoom",
            "Confluence",
            "Jira",
            "GitHub",
            "AWS",
            "Salesforce",
            "Workday",
            "NetSuite",
            "Okta Admin Console");
    private static final String IDP_APP = "Okta";
    private static final String RARE_APP = "SAP Concur";

    enum Role {
        ENGINEER(List.of("GitHub", "Jira", "Slack", "AWS", "Confluence"), true),
        SALES(List.of("Salesforce", "Slack", "Microsoft 365", "Zoom"), false),
        FINANCE(List.of("Workday", "NetSuite", "Microsoft 365", "Slack"), false),
        IT_ADMIN(List.of("Okta Admin Console", "AWS", "Microsoft 365", "Slack", "Jira"), true),
        OTHER(List.of("Microsoft 365", "Slack", "Zoom", "Confluence"), false);

        final List<String> apps;
        final boolean cli;

        Role(List<String> apps, boolean cli) {
            this.apps = apps;
            this.cli = cli;
        }
    }

    record Device(String agent, @Nullable String id) {}

    record Trip(
            int departDay,
            int returnDay,
            City destination,
            @Nullable Office office) {}

    /** One employee: where they live and work, what they use, and how they behave. */
    static final class Person {
        String name = "";
        int index;
        Office office;
        City home;
        boolean remote;
        Role role = Role.OTHER;
        List<String> apps = List.of();

        @Nullable
        String cliAgent;

        Network homeNet;
        long homeHost;
        Network carrier;
        Device laptop;
        Device phone;

        @Nullable
        Device personal;

        double mfaRate;
        double startHour;
        double eveningRate;
        double weekendRate;
        double officeRate;
        boolean vpnUser;
        int activeFrom;
        int activeTo;
        int leaveFrom = Integer.MAX_VALUE;
        int leaveTo = Integer.MIN_VALUE;

        @Nullable
        Trip trip;

        int newPhoneDay = -1;
        int rareAppDay = -1;
        boolean newEmployee;
        boolean departed;
        boolean returnee;
        Random random;

        boolean activeOn(int day) {
            return day >= activeFrom && day < activeTo && !(day >= leaveFrom && day < leaveTo);
        }

        boolean mfaUser() {
            return mfaRate >= 0.9;
        }

        List<City> metro() {
            List<City> cities = new ArrayList<>();
            cities.add(home);
            if (!remote && !office.city().equals(home)) {
                cities.add(office.city());
            }
            if (!remote) {
                cities.addAll(office.nearby());
            }
            return cities;
        }
    }

    record ServiceAccount(String name, Duration every, String network, String application, String agent) {}

    private static final List<ServiceAccount> SERVICE_ACCOUNTS = List.of(
            new ServiceAccount(
                    "svc-backup",
                    Duration.ofHours(1),
                    "aws-us-east-1",
                    "AWS",
                    "aws-sdk-java/2.25.16 Linux/5.10.210 OpenJDK_64-Bit_Server_VM/17.0.10"),
            new ServiceAccount(
                    "svc-ci-deploy",
                    Duration.ofMinutes(15),
                    "aws-us-east-1",
                    "AWS",
                    "aws-cli/2.15.30 Python/3.11.8 Linux/5.10.205 exe/x86_64.amzn.2"),
            new ServiceAccount(
                    "svc-etl",
                    Duration.ofMinutes(30),
                    "gcp-us-central1",
                    "Google Cloud",
                    "google-api-python-client/2.120.0"),
            new ServiceAccount(
                    "svc-reporting", Duration.ofHours(6), "aws-eu-west-1", "AWS", "Boto3/1.34.69 Python/3.12.2"),
            new ServiceAccount(
                    "svc-monitoring", Duration.ofHours(1), "gcp-us-central1", "Google Cloud", "Go-http-client/2.0"),
            new ServiceAccount("svc-terraform", Duration.ofHours(2), "aws-us-east-1", "AWS", "Terraform/1.7.5"),
            new ServiceAccount(
                    "svc-graph-sync",
                    Duration.ofHours(1),
                    "aws-eu-west-1",
                    "Microsoft Graph",
                    "msal-python/1.27.0 Python/3.11"),
            new ServiceAccount(
                    "svc-billing-export", Duration.ofHours(24), "aws-eu-west-1", "AWS", "Boto3/1.34.69 Python/3.12.2"),
            new ServiceAccount("svc-log-shipper", Duration.ofMinutes(30), "aws-us-east-1", "AWS", "fluent-bit/3.0.2"),
            new ServiceAccount("svc-hr-sync", Duration.ofHours(12), "gcp-us-central1", "Workday", "okhttp/4.12.0"));

    private final ScenarioSettings settings;
    private final Random random;
    private final Instant windowStart;
    private long sequence;
    private final List<SignInRecord> signIns = new ArrayList<>();
    private final List<AuditRecord> audits = new ArrayList<>();
    private final Map<String, String> tags = new HashMap<>();
    private final Map<String, List<SignInRecord>> byUser = new HashMap<>();
    private final Map<String, Integer> noise = new TreeMap<>();
    private final List<PlantedAttack> attacks = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    /** Per user, spans [from, to) in which the person is on a plane or on the way to the airport. */
    private final Map<String, List<Instant[]>> unavailable = new HashMap<>();

    private int attackerRoundRobin;

    public ScenarioGenerator(ScenarioSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.windowStart = settings.start().atStartOfDay(UTC).toInstant();
    }

    public static Scenario generate(ScenarioSettings settings) {
        return new ScenarioGenerator(settings).generate();
    }

    public Scenario generate() {
        createPeople();
        for (Person person : people) {
            simulate(person);
        }
        List<String> serviceAccountNames = new ArrayList<>();
        for (ServiceAccount account : SERVICE_ACCOUNTS) {
            serviceAccountNames.add(account.name() + DOMAIN);
            simulate(account);
        }
        for (List<SignInRecord> records : byUser.values()) {
            records.sort(Comparator.comparing(SignInRecord::occurredAt));
        }
        List<String> breakGlass = List.of("breakglass-admin" + DOMAIN);
        plantAttacks(breakGlass);

        signIns.sort(Comparator.comparing(SignInRecord::occurredAt).thenComparing(SignInRecord::eventId));
        audits.sort(Comparator.comparing(AuditRecord::occurredAt).thenComparing(AuditRecord::eventId));
        long userDays = 0;
        int humans = 0;
        for (Person person : people) {
            boolean counted = false;
            for (int day = 0; day < settings.days(); day++) {
                if (person.activeOn(day)) {
                    userDays++;
                    counted = true;
                }
            }
            humans += counted ? 1 : 0;
        }
        userDays += (long) SERVICE_ACCOUNTS.size() * settings.days();
        return new Scenario(
                settings,
                windowStart,
                windowStart.plus(Duration.ofDays(settings.days())),
                List.copyOf(signIns),
                List.copyOf(audits),
                List.copyOf(attacks),
                Map.copyOf(tags),
                namedNetworks(),
                anonymizerNetworks(),
                breakGlass,
                userDays,
                humans,
                SERVICE_ACCOUNTS.size(),
                new LinkedHashMap<>(noise));
    }

    // ------------------------------------------------------------------ people

    private void createPeople() {
        Set<String> names = new HashSet<>();
        int n = settings.users();
        for (int i = 0; i < n; i++) {
            Person p = new Person();
            p.index = i;
            p.random = new Random(settings.seed() * 1_000_003L + i * 7919L);
            Random r = p.random;
            String name = pick(r, FIRST) + "." + pick(r, LAST);
            while (!names.add(name)) {
                name = pick(r, FIRST) + "." + pick(r, LAST) + (names.size() % 97);
            }
            p.name = name + DOMAIN;
            p.office = pickOffice(r);
            double where = r.nextDouble();
            if (where < 0.15) {
                p.remote = true;
                p.home = pick(r, p.office.remote());
            } else if (where < 0.40) {
                p.home = pick(r, p.office.nearby());
            } else {
                p.home = p.office.city();
            }
            double role = r.nextDouble();
            p.role = role < 0.35
                    ? Role.ENGINEER
                    : role < 0.55 ? Role.SALES : role < 0.65 ? Role.FINANCE : role < 0.70 ? Role.IT_ADMIN : Role.OTHER;
            p.apps = p.role.apps;
            p.cliAgent = p.role.cli ? pick(r, CLI_AGENTS) : null;
            List<Network> isps = World.networksIn(p.home, NetworkKind.RESIDENTIAL);
            p.homeNet = pick(r, isps);
            p.homeHost = r.nextInt(60_000);
            List<Network> carriers = World.mobileIn(p.home.country());
            p.carrier = pick(r, carriers);
            p.laptop = new Device(pick(r, LAPTOP_AGENTS), deviceId(r));
            p.phone = new Device(r.nextBoolean() ? UA_IPHONE : UA_ANDROID, deviceId(r));
            if (r.nextDouble() < 0.15) {
                p.personal = new Device(pick(r, LAPTOP_AGENTS), null);
            }
            double mfa = r.nextDouble();
            p.mfaRate = mfa < 0.70 ? 1.0 : mfa < 0.85 ? 0.92 : 0.0;
            p.startHour = 7.5 + r.nextDouble() * 2.5;
            p.eveningRate = 0.03 + r.nextDouble() * 0.20;
            p.weekendRate = 0.02 + r.nextDouble() * 0.20;
            p.officeRate = p.remote ? 0 : 0.3 + r.nextDouble() * 0.5;
            p.vpnUser = r.nextDouble() < 0.25;
            p.activeFrom = 0;
            p.activeTo = settings.days();
            people.add(p);
        }
        // life events, drawn from the scenario's own random so they do not depend on one person's draws
        int departed = settings.attacksPerKind();
        int returnees = 2;
        List<Person> pool = new ArrayList<>(people);
        java.util.Collections.shuffle(pool, random);
        int next = 0;
        for (int i = 0; i < departed; i++) {
            Person p = pool.get(next++);
            p.departed = true;
            p.activeFrom = -50;
            p.activeTo = -36;
            p.vpnUser = false;
        }
        for (int i = 0; i < returnees; i++) {
            Person p = pool.get(next++);
            p.returnee = true;
            p.activeFrom = -50;
            p.leaveFrom = -36;
            p.leaveTo = 8 + random.nextInt(8);
            count("employees back from long leave");
        }
        int newcomers = Math.max(2, settings.users() / 20);
        for (int i = 0; i < newcomers; i++) {
            Person p = pool.get(next++);
            p.newEmployee = true;
            p.activeFrom = 10 + random.nextInt(Math.max(1, Math.min(9, settings.days() - 18)));
            count("new employees");
        }
        for (int i = next; i < pool.size(); i++) {
            Person p = pool.get(i);
            if (random.nextDouble() < 0.09) {
                int depart = 9 + random.nextInt(settings.days() - 16);
                int length = 3 + random.nextInt(4);
                Office office = null;
                City destination;
                if (random.nextDouble() < 0.7) {
                    List<Office> others = World.OFFICES.stream()
                            .filter(o -> !o.city().equals(p.office.city()))
                            .toList();
                    office = pick(random, others);
                    destination = office.city();
                } else {
                    destination = pick(random, World.CUSTOMER_CITIES);
                }
                p.trip = new Trip(depart, depart + length, destination, office);
                count("business trips");
            }
            if (random.nextDouble() < 0.06) {
                p.newPhoneDay = 12 + random.nextInt(settings.days() - 15);
                count("new phones");
            }
            if (random.nextDouble() < 0.20) {
                p.rareAppDay = 12 + random.nextInt(settings.days() - 14);
            }
        }
    }

    private Office pickOffice(Random r) {
        double x = r.nextDouble();
        double sum = 0;
        for (Office office : World.OFFICES) {
            sum += office.share();
            if (x < sum) {
                return office;
            }
        }
        return World.OFFICES.get(World.OFFICES.size() - 1);
    }

    // ------------------------------------------------------------------ benign behaviour

    /** Where a person is and through what networks, for one stretch of a day. */
    private record Spot(
            City city,
            ZoneId zone,
            Located laptop,
            @Nullable Located vpnSwitch,
            String tag) {}

    private void simulate(Person p) {
        Random r = p.random;
        for (int day = p.activeFrom; day < p.activeTo; day++) {
            if (!p.activeOn(day)) {
                continue;
            }
            if (p.newPhoneDay == day) {
                p.phone = new Device(p.phone.agent().contains("iPhone") ? UA_IPHONE_NEW : UA_ANDROID_NEW, deviceId(r));
            }
            if (r.nextDouble() < 0.03) {
                p.homeHost = r.nextInt(60_000); // the ISP hands out a new address
                count("home IP changes within the ISP");
            }
            LocalDate date = settings.start().plusDays(day);
            boolean weekday = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
            String tag = p.newEmployee && day < p.activeFrom + 10
                    ? "new-employee"
                    : p.returnee && day >= p.leaveTo && day < p.leaveTo + 2 ? "returning" : "normal";
            if (p.newPhoneDay >= 0 && day >= p.newPhoneDay && day < p.newPhoneDay + 3) {
                tag = "new-phone";
            }
            Trip trip = p.trip;
            if (trip != null && day >= trip.departDay() && day <= trip.returnDay()) {
                travelDay(p, trip, day, date, weekday);
                continue;
            }
            if (weekday && r.nextDouble() < 0.04) {
                continue; // a day off
            }
            if (weekday) {
                homeCityWorkday(p, date, day, tag);
            } else {
                weekendDay(p, date, tag);
            }
        }
    }

    private void homeCityWorkday(Person p, LocalDate date, int day, String tag) {
        Random r = p.random;
        ZoneId zone = p.home.zone();
        boolean atOffice = !p.remote && r.nextDouble() < p.officeRate;
        Located laptop = atOffice ? officeSpot(p, p.office) : homeSpot(p);
        Located vpnSwitch = null;
        String spotTag = tag;
        if (!atOffice && p.vpnUser && r.nextDouble() < 0.5) {
            Located vpn = vpnSpot(r, p.home);
            spotTag = "vpn";
            if (r.nextBoolean()) {
                laptop = vpn;
            } else {
                vpnSwitch = vpn;
            }
        }
        double start = p.startHour + r.nextGaussian() * 0.5;
        Instant from = at(date, start, zone);
        Instant to = at(date, start + 8 + r.nextDouble() * 1.5, zone);
        workSession(p, new Spot(p.home, zone, laptop, vpnSwitch, spotTag), from, to, day);
        phoneDuringDay(p, date, zone, atOffice ? laptop : homeSpot(p), start, tag);
        if (r.nextDouble() < p.eveningRate) {
            double hour = 19 + r.nextDouble() * 3.5;
            phone(p, at(date, hour, zone), r.nextBoolean() ? homeSpot(p) : carrierSpot(p), tagOr(tag, "evening"));
        }
    }

    private void weekendDay(Person p, LocalDate date, String tag) {
        Random r = p.random;
        ZoneId zone = p.home.zone();
        if (r.nextDouble() < p.weekendRate) {
            double hour = 10 + r.nextDouble() * 10;
            phone(p, at(date, hour, zone), r.nextBoolean() ? homeSpot(p) : carrierSpot(p), tagOr(tag, "weekend"));
        }
        if (r.nextDouble() < 0.03) {
            double hour = 10 + r.nextDouble() * 8;
            Instant from = at(date, hour, zone);
            workSession(
                    p,
                    new Spot(p.home, zone, homeSpot(p), null, tagOr(tag, "weekend")),
                    from,
                    from.plus(Duration.ofMinutes(40 + r.nextInt(80))),
                    -1);
        }
    }

    private void phoneDuringDay(Person p, LocalDate date, ZoneId zone, Located wifi, double start, String tag) {
        Random r = p.random;
        if (r.nextDouble() < 0.5) {
            double hour = start - 1 + r.nextDouble() * 10;
            boolean cellular = r.nextDouble() < 0.6;
            phone(p, at(date, hour, zone), cellular ? carrierSpot(p) : wifi, cellular ? tagOr(tag, "carrier") : tag);
        }
    }

    private void travelDay(Person p, Trip trip, int day, LocalDate date, boolean weekday) {
        Random r = p.random;
        City home = p.home;
        City destination = trip.destination();
        Located hotel = hotelSpot(r, destination, p.index);
        if (day == trip.departDay()) {
            flight(p, date, home, destination, homeSpot(p), hotel);
            count("flights");
            return;
        }
        if (day == trip.returnDay()) {
            flight(p, date, destination, home, hotel, homeSpot(p));
            count("flights");
            return;
        }
        ZoneId zone = destination.zone();
        if (!weekday) {
            if (r.nextDouble() < 0.5) {
                phone(p, at(date, 9 + r.nextDouble() * 12, zone), hotel, "travel");
            }
            return;
        }
        Located laptop = trip.office() != null && r.nextDouble() < 0.7 ? officeSpot(p, trip.office()) : hotel;
        if (r.nextDouble() < 0.4) {
            laptop = vpnSpot(r, destination);
        }
        double start = 8 + r.nextDouble() * 1.5;
        workSession(
                p,
                new Spot(destination, zone, laptop, null, "travel"),
                at(date, start, zone),
                at(date, start + 8, zone),
                day);
        if (r.nextDouble() < 0.5) {
            phone(p, at(date, 19 + r.nextDouble() * 3, zone), hotel, "travel");
        }
    }

    /**
     * A travel day: a short morning session where the traveller is (ending at least three hours before departure),
     * the flight, and a phone sign-in 1.5-3 h after landing if it is not the middle of the night there.
     */
    private void flight(Person p, LocalDate date, City from, City to, Located before, Located after) {
        Random r = p.random;
        double departLocal = 9 + r.nextDouble() * 7;
        Instant departure = at(date, departLocal, from.zone());
        double hours = flightHours(from, to);
        Instant arrival = departure.plusSeconds((long) (hours * 3600));
        if (departLocal >= 12) {
            Instant start = at(date, 7.5 + r.nextDouble(), from.zone());
            Instant end = departure.minus(Duration.ofHours(3));
            if (end.isAfter(start.plus(Duration.ofMinutes(30)))) {
                workSession(p, new Spot(from, from.zone(), before, null, "travel"), start, end, -1);
            }
        }
        Instant landed = arrival.plus(Duration.ofMinutes(90 + r.nextInt(90)));
        unavailable
                .computeIfAbsent(p.name, u -> new ArrayList<>())
                .add(new Instant[] {departure.minus(Duration.ofHours(3)), landed});
        int localHour = landed.atZone(to.zone()).getHour();
        if (localHour >= 7 && localHour <= 23) {
            phone(p, landed, after, "travel");
        }
    }

    /** Scheduled flight time: great circle at 830 km/h plus 45 minutes of taxi, climb and approach. */
    static double flightHours(City from, City to) {
        return from.distanceKm(to) / 830.0 + 0.75;
    }

    /**
     * A working session on the laptop: maybe a mistyped password or an unanswered push first, the IdP login, single
     * sign-on into usual applications, command-line use for engineers, sometimes a second login after lunch, and now
     * and then a routine sensitive change.
     */
    private void workSession(Person p, Spot spot, Instant from, Instant to, int day) {
        Random r = p.random;
        Located where = spot.laptop();
        Instant switchAt = spot.vpnSwitch() == null ? Instant.MAX : from.plus(Duration.ofMinutes(30 + r.nextInt(90)));
        String tag = spot.tag();
        Device device = p.personal != null && r.nextDouble() < 0.1 ? p.personal : p.laptop;
        if (r.nextDouble() < 0.025) {
            int failures = r.nextDouble() < 0.3 ? 2 : 1;
            for (int i = failures; i >= 1; i--) {
                add(
                        p.name,
                        tagOr(tag, "mistyped-password"),
                        base(p, from.minusSeconds(20L * i + r.nextInt(15)), where)
                                .failure("INVALID_CREDENTIALS")
                                .device(device.agent(), device.id())
                                .application(IDP_APP)
                                .accessPath("CONSOLE"));
            }
            count("mistyped passwords");
        }
        String session = sessionId(r);
        boolean mfa = r.nextDouble() < p.mfaRate;
        if (mfa && r.nextDouble() < 0.015) {
            add(
                    p.name,
                    tagOr(tag, "mfa-timeout"),
                    base(p, from.minusSeconds(70), where)
                            .kind("MFA")
                            .failure("MFA push timed out")
                            .device(device.agent(), device.id())
                            .application(IDP_APP));
            add(
                    p.name,
                    tagOr(tag, "mfa-timeout"),
                    base(p, from.minusSeconds(5), where)
                            .kind("MFA")
                            .device(device.agent(), device.id())
                            .application(IDP_APP));
            count("unanswered MFA pushes");
        }
        add(
                p.name,
                tag,
                base(p, from, where)
                        .kind("LOGIN")
                        .device(device.agent(), device.id())
                        .application(IDP_APP)
                        .accessPath("CONSOLE")
                        .mfa(p.mfaRate > 0 ? mfa : Boolean.FALSE)
                        .session(session));
        long span = Math.max(600, Duration.between(from, to).getSeconds());
        int ssos = 2 + r.nextInt(3);
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < ssos; i++) {
            times.add(from.plusSeconds(120 + (long) (r.nextDouble() * (span - 120))));
        }
        times.sort(null);
        Instant relogin = r.nextDouble() < 0.3 ? from.plusSeconds(span / 2) : Instant.MAX;
        boolean reloggedIn = false;
        for (Instant time : times) {
            Located here = time.isAfter(switchAt) ? spot.vpnSwitch() : where;
            String hereTag = time.isAfter(switchAt) ? "vpn" : tag;
            if (!reloggedIn && time.isAfter(relogin)) {
                reloggedIn = true;
                session = sessionId(r);
                boolean again = r.nextDouble() < p.mfaRate;
                add(
                        p.name,
                        hereTag,
                        base(p, relogin, here)
                                .kind("LOGIN")
                                .device(device.agent(), device.id())
                                .application(IDP_APP)
                                .accessPath("CONSOLE")
                                .mfa(p.mfaRate > 0 ? again : Boolean.FALSE)
                                .session(session));
            }
            String app = pick(r, p.apps);
            if (day >= 0 && day == p.rareAppDay) {
                app = RARE_APP;
                p.rareAppDay = -1;
                hereTag = tagOr(hereTag, "rare-app");
                count("rarely used application (expense reports)");
            }
            add(
                    p.name,
                    hereTag,
                    base(p, time, here)
                            .kind("SSO")
                            .device(device.agent(), device.id())
                            .application(app)
                            .accessPath("SSO")
                            .session(session));
            benignAudit(p, time.plusSeconds(60 + r.nextInt(600)), here, session);
        }
        if (p.cliAgent != null && r.nextDouble() < 0.85) {
            int calls = 1 + r.nextInt(3);
            for (int i = 0; i < calls; i++) {
                Instant time = from.plusSeconds(300 + (long) (r.nextDouble() * (span - 300)));
                Located here = time.isAfter(switchAt) ? spot.vpnSwitch() : where;
                add(
                        p.name,
                        time.isAfter(switchAt) ? "vpn" : tag,
                        base(p, time, here)
                                .kind("TOKEN")
                                .device(p.cliAgent, null)
                                .application("AWS")
                                .accessPath("CLI_API"));
            }
        }
        if (spot.vpnSwitch() != null) {
            count("VPN switched on mid-session");
        }
    }

    private void phone(Person p, Instant at, Located where, String tag) {
        Random r = p.random;
        add(
                p.name,
                tag,
                base(p, at, where)
                        .kind("LOGIN")
                        .device(p.phone.agent(), p.phone.id())
                        .application(r.nextBoolean() ? "Microsoft 365" : "Slack")
                        .accessPath("MOBILE_APP")
                        .mfa(p.mfaRate > 0 ? r.nextDouble() < p.mfaRate : Boolean.FALSE)
                        .session(sessionId(r)));
        if (where.network().kind() == NetworkKind.MOBILE) {
            count("mobile carrier sign-ins (IP churn)");
        }
    }

    private void benignAudit(Person p, Instant at, Located where, String session) {
        Random r = p.random;
        String action = null;
        String service = null;
        if (p.role == Role.IT_ADMIN && r.nextDouble() < 0.15) {
            action = pick(r, List.of("AttachUserPolicy", "CreateUser", "AddUserToGroup", "CreateRole"));
            service = "iam.amazonaws.com";
        } else if (p.role == Role.ENGINEER && r.nextDouble() < 0.004) {
            action = "CreateAccessKey";
            service = "iam.amazonaws.com";
        } else if (r.nextDouble() < 0.002) {
            action = "New-InboxRule";
            service = "exchange";
        }
        if (action == null) {
            return;
        }
        count("routine sensitive changes (audit)");
        audits.add(new AuditRecord(nextId("a"), at, p.name, action, service, where.ip(), session, "routine", "USER"));
    }

    private void simulate(ServiceAccount account) {
        Random r = new Random(settings.seed() * 31 + account.name().hashCode());
        Network net = network(account.network());
        String name = account.name() + DOMAIN;
        long[] hosts = {r.nextInt(60_000), r.nextInt(60_000)};
        Instant end = windowStart.plus(Duration.ofDays(settings.days()));
        Instant at =
                windowStart.plusSeconds(r.nextInt((int) Math.min(account.every().getSeconds(), 3600)));
        while (at.isBefore(end)) {
            Instant when = at.plusSeconds(r.nextInt(180) - 90);
            Located where = locate(net, hosts[r.nextInt(2)], net.city(), false);
            if (r.nextDouble() < 0.002) {
                addService(name, account, where, when.minusSeconds(30), false);
                count("service-account credential retries");
            }
            addService(name, account, where, when, true);
            at = at.plus(account.every());
        }
        count("service accounts on a schedule");
    }

    private void addService(String name, ServiceAccount account, Located where, Instant when, boolean success) {
        SignInRecord.Builder b = SignInRecord.builder()
                .at(when)
                .user(name)
                .from(where)
                .kind("TOKEN")
                .principalType("SERVICE_ACCOUNT")
                .device(account.agent(), null)
                .application(account.application())
                .accessPath("CLI_API")
                .interactive(false);
        if (!success) {
            b.failure("EXPIRED_CREDENTIALS");
        }
        add(name, "service-account", b);
    }

    // ------------------------------------------------------------------ places and networks

    private Located homeSpot(Person p) {
        return locate(p.homeNet, p.homeHost, p.home, true);
    }

    private Located officeSpot(Person p, Office office) {
        Network net = network(office.businessNetwork());
        return locate(net, 10 + (p.index % 6), office.city(), false);
    }

    /** A phone on the carrier: a fresh address each time, geolocated somewhere in the person's metro area. */
    private Located carrierSpot(Person p) {
        Random r = p.random;
        List<City> metro = p.metro();
        City city = r.nextDouble() < 0.7 ? p.home : pick(r, metro);
        return locate(p.carrier, r.nextInt(65_000), city, true);
    }

    private static Located vpnSpot(Random r, City near) {
        Network vpn = World.nearestVpn(near);
        return locate(vpn, 1 + r.nextInt(4), vpn.city(), false);
    }

    private static Located hotelSpot(Random r, City city, int salt) {
        Network net = World.networksIn(city, NetworkKind.RESIDENTIAL).get(0);
        return locate(net, 40_000 + salt * 7L + r.nextInt(5), city, true);
    }

    /** An address of a network and where GeoIP puts it: the city, jittered a few km for consumer networks. */
    static Located locate(Network net, long host, City city, boolean jitter) {
        String ip = net.host(host);
        double lat = city.latitude();
        double lon = city.longitude();
        if (jitter) {
            int h = ip.hashCode();
            lat += ((h & 0xff) - 127.5) / 127.5 * 0.04;
            lon += (((h >> 8) & 0xff) - 127.5) / 127.5 * 0.05;
        }
        return new Located(ip, city, round(lat), round(lon), net);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    // ------------------------------------------------------------------ attacks

    private record Attacker(Located where, String agent) {}

    private void plantAttacks(List<String> breakGlass) {
        List<Person> eligible = new ArrayList<>(people.stream()
                .filter(p -> !p.newEmployee && !p.departed && !p.returnee && p.trip == null && p.activeFrom <= 0)
                .toList());
        java.util.Collections.shuffle(eligible, random);
        Set<Person> used = new HashSet<>();
        int k = settings.attacksPerKind();
        for (int i = 0; i < k; i++) {
            for (SignalType kind : List.of(
                    SignalType.NEW_COUNTRY,
                    SignalType.NEW_LOCATION,
                    SignalType.IMPOSSIBLE_TRAVEL,
                    SignalType.NEW_DEVICE,
                    SignalType.NEW_ASN,
                    SignalType.NEW_APPLICATION,
                    SignalType.NEW_ACCESS_PATH,
                    SignalType.ANONYMIZING_NETWORK,
                    SignalType.UNUSUAL_HOUR,
                    SignalType.NO_MFA,
                    SignalType.FAILURES_THEN_SUCCESS,
                    SignalType.PASSWORD_SPRAY,
                    SignalType.MFA_FATIGUE,
                    SignalType.SESSION_REPLAY)) {
                Person victim = victim(eligible, used, kind);
                plant(kind, victim, i);
            }
        }
        List<Person> departed = people.stream().filter(p -> p.departed).toList();
        for (int i = 0; i < k; i++) {
            dormant(departed.get(i), i);
        }
        for (int i = 0; i < k; i++) {
            root(i, breakGlass);
        }
        for (int i = 0; i < k; i++) {
            serviceAccountInteractive(SERVICE_ACCOUNTS.get(i % SERVICE_ACCOUNTS.size()), i);
        }
        markAftermath();
    }

    private Person victim(List<Person> eligible, Set<Person> used, SignalType kind) {
        Predicate<Person> fits = switch (kind) {
            case NEW_ASN, NEW_APPLICATION, NEW_ACCESS_PATH, NO_MFA ->
                p -> otherIsp(p) != null
                        && (kind != SignalType.NEW_ACCESS_PATH || p.cliAgent == null)
                        && (kind != SignalType.NO_MFA || p.mfaUser());
            case MFA_FATIGUE -> Person::mfaUser;
            case NEW_LOCATION -> p -> farCity(p.home).distanceKm(p.home) >= 450;
            case FAILURES_THEN_SUCCESS, PASSWORD_SPRAY -> p -> p.mfaRate == 0;
            default -> p -> true;
        };
        for (Person p : eligible) {
            if (!used.contains(p) && fits.test(p) && successes(p.name).size() > settings.learningSignIns() + 5) {
                used.add(p);
                return p;
            }
        }
        throw new IllegalStateException("no victim left for " + kind + "; use more users");
    }

    private void plant(SignalType kind, Person v, int i) {
        Random r = random;
        switch (kind) {
            case NEW_COUNTRY -> {
                Attacker a = abroad(r);
                Instant t = quietTime(v, a.where().city(), r);
                String id = attackerLogin(v, a, t, "CONSOLE", IDP_APP, v.mfaRate > 0, null);
                record(
                        kind,
                        v,
                        id,
                        List.of(),
                        followOn(v, a, t, null, r),
                        Set.of(kind),
                        "sign-in from " + a.where().city().name() + " ("
                                + a.where().city().country() + ") on the attacker's device");
            }
            case NEW_LOCATION -> {
                City far = farCity(v.home);
                Network net = pick(r, World.networksIn(far, NetworkKind.RESIDENTIAL));
                Attacker a = new Attacker(locate(net, r.nextInt(60_000), far, true), UA_ATTACKER_FIREFOX);
                Instant t = quietTime(v, far, r);
                String id = attackerLogin(v, a, t, "CONSOLE", IDP_APP, v.mfaRate > 0, null);
                record(
                        kind,
                        v,
                        id,
                        List.of(),
                        followOn(v, a, t, null, r),
                        Set.of(kind),
                        "residential proxy in " + far.name() + ", " + Math.round(far.distanceKm(v.home))
                                + " km from home");
            }
            case IMPOSSIBLE_TRAVEL -> {
                SignInRecord anchor = anchor(v, 100, r, false);
                City anchorCity =
                        new City(anchor.city(), anchor.country(), anchor.latitude(), anchor.longitude(), v.home.zone());
                Attacker a = r.nextBoolean() ? abroadFarFrom(anchorCity, 3000, r) : otherOfficeCountry(v, r);
                Instant t = anchor.occurredAt().plusSeconds(60L * (20 + r.nextInt(70)));
                String id = attackerLogin(v, a, t, "CONSOLE", IDP_APP, v.mfaRate > 0, null);
                record(
                        kind,
                        v,
                        id,
                        List.of(),
                        followOn(v, a, t, null, r),
                        Set.of(kind),
                        "sign-in from "
                                + a.where().city().name() + " "
                                + Duration.between(anchor.occurredAt(), t).toMinutes()
                                + " min after the user's own sign-in in " + anchor.city());
            }
            case NEW_DEVICE -> {
                Attacker a = new Attacker(locate(v.homeNet, r.nextInt(60_000), v.home, true), UA_ATTACKER_FIREFOX);
                Instant t = quietTime(v, v.home, r);
                String id = attackerLogin(v, a, t, "CONSOLE", IDP_APP, v.mfaRate > 0, null);
                record(
                        kind,
                        v,
                        id,
                        List.of(),
                        followOn(v, a, t, null, r),
                        Set.of(kind),
                        "geo-targeted residential proxy on the user's own ISP in " + v.home.name()
                                + ", attacker's browser");
            }
            case NEW_ASN -> {
                Network isp = otherIsp(v);
                Attacker a = new Attacker(locate(isp, r.nextInt(60_000), v.home, true), UA_ATTACKER_FIREFOX);
                Instant t = quietTime(v, v.home, r);
                String id = attackerLogin(v, a, t, "CONSOLE", IDP_APP, v.mfaRate > 0, null);
                record(
                        kind,
                        v,
                        id,
                        List.of(),
                        followOn(v, a, t, null, r),
                        Set.of(kind),
                        "residential proxy in " + v.home.name() + " on " + isp.asOrg());
            }
            case NEW_APPLICATION -> {
                Network isp = otherIsp(v);
                Attacker a = new Attacker(locate(isp, r.nextInt(60_000), v.home, true), UA_ATTACKER_FIREFOX);
                Instant t = quietTime(v, v.home, r);
                String session = sessionId(r);
                String login = attackerLogin(v, a, t, "CONSOLE", IDP_APP, v.mfaRate > 0, session);
                List<String> unused =
                        ALL_APPS.stream().filter(app -> !v.apps.contains(app)).toList();
                String app = unused.contains("AWS") ? "AWS" : pick(r, unused);
                Instant sso = t.plusSeconds(90 + r.nextInt(300));
                String id = attackSignIn(
                        v,
                        SignInRecord.builder()
                                .at(sso)
                                .user(v.name)
                                .from(a.where())
                                .kind("SSO")
                                .device(a.agent(), null)
                                .application(app)
                                .accessPath("SSO")
                                .session(session));
                record(
                        kind,
                        v,
                        id,
                        List.of(login),
                        followOn(v, a, sso, session, r),
                        Set.of(kind),
                        "first use of " + app + " right after a sign-in from a proxy in " + v.home.name());
            }
            case NEW_ACCESS_PATH -> {
                Network isp = otherIsp(v);
                Attacker a = new Attacker(locate(isp, r.nextInt(60_000), v.home, true), pick(r, CLI_AGENTS));
                Instant t = quietTime(v, v.home, r);
                String id = attackSignIn(
                        v,
                        SignInRecord.builder()
                                .at(t)
                                .user(v.name)
                                .from(a.where())
                                .kind("TOKEN")
                                .device(a.agent(), null)
                                .application(v.apps.contains("AWS") ? "AWS" : "Microsoft Graph")
                                .accessPath("CLI_API"));
                record(
                        kind,
                        v,
                        id,
                        List.of(),
                        followOn(v, a, t, null, r),
                        Set.of(kind),
                        "command-line access with the user's credentials; the user only ever used the console");
            }
            case ANONYMIZING_NETWORK -> {
                String key = switch (i % 5) {
                    case 0, 3 -> World.ATTACKER_TOR.get(i % 2);
                    case 1, 4 -> World.ATTACKER_VPN.get(i % 2);
                    default -> pick(r, World.ATTACKER_HOSTING);
                };
                Network net = network(key);
                Attacker a = new Attacker(locate(net, r.nextInt(250), net.city(), false), UA_ATTACKER_LINUX);
                Instant t = quietTime(v, net.city(), r);
                String id = attackerLogin(v, a, t, "CONSOLE", IDP_APP, v.mfaRate > 0, null);
                record(
                        kind,
                        v,
                        id,
                        List.of(),
                        followOn(v, a, t, null, r),
                        Set.of(kind),
                        "sign-in through " + net.asOrg() + " ("
                                + net.kind().name().toLowerCase() + ")");
            }
            case UNUSUAL_HOUR -> {
                Instant t = nightTime(v, r);
                Located home = homeSpot(v);
                String id = attackSignIn(
                        v,
                        SignInRecord.builder()
                                .at(t)
                                .user(v.name)
                                .from(home)
                                .kind("SSO")
                                .device(v.laptop.agent(), v.laptop.id())
                                .application(pick(r, v.apps))
                                .accessPath("SSO")
                                .session(sessionId(r)));
                Attacker a = new Attacker(home, v.laptop.agent());
                record(
                        kind,
                        v,
                        id,
                        List.of(),
                        followOn(v, a, t, null, r),
                        Set.of(kind),
                        "info-stealer on the user's own laptop replays the session at "
                                + t.atZone(v.home.zone()).toLocalTime() + " local time");
            }
            case NO_MFA -> {
                boolean legacy = i % 2 == 0;
                Attacker a;
                String id;
                Instant t;
                if (legacy) {
                    a = abroadHosting(r);
                    t = quietTime(v, a.where().city(), r);
                    id = attackSignIn(
                            v,
                            SignInRecord.builder()
                                    .at(t)
                                    .user(v.name)
                                    .from(a.where())
                                    .kind("LOGIN")
                                    .device("python-imaplib/3.11", null)
                                    .application("Exchange Online")
                                    .accessPath("LEGACY_PROTOCOL")
                                    .protocol("IMAP4")
                                    .mfa(false));
                } else {
                    a = new Attacker(locate(otherIsp(v), r.nextInt(60_000), v.home, true), UA_ATTACKER_FIREFOX);
                    t = quietTime(v, v.home, r);
                    id = attackerLogin(v, a, t, "CONSOLE", IDP_APP, false, null);
                }
                record(
                        kind,
                        v,
                        id,
                        List.of(),
                        followOn(v, a, t, null, r),
                        Set.of(kind),
                        legacy
                                ? "IMAP (legacy protocol, no MFA) from "
                                        + a.where().network().asOrg()
                                : "console sign-in without MFA by an MFA user, from a proxy in " + v.home.name());
            }
            case FAILURES_THEN_SUCCESS -> {
                Attacker a = r.nextBoolean() ? abroadHosting(r) : abroad(r);
                Instant t = quietTime(v, a.where().city(), r);
                int failures = 6 + r.nextInt(10);
                List<String> related = new ArrayList<>();
                long spread = 300 + r.nextInt(900);
                for (int f = failures; f >= 1; f--) {
                    related.add(attackSignIn(
                            v,
                            SignInRecord.builder()
                                    .at(t.minusSeconds(spread * f / failures))
                                    .user(v.name)
                                    .from(a.where())
                                    .kind("LOGIN")
                                    .failure("INVALID_CREDENTIALS")
                                    .device(a.agent(), null)
                                    .application(IDP_APP)
                                    .accessPath("CONSOLE")));
                }
                String id = attackerLogin(v, a, t, "CONSOLE", IDP_APP, false, null);
                record(
                        kind,
                        v,
                        id,
                        related,
                        followOn(v, a, t, null, r),
                        Set.of(kind),
                        failures + " wrong passwords in " + spread / 60 + " min, then the right one, from "
                                + a.where().city().name());
            }
            case PASSWORD_SPRAY -> {
                Network sprayNet = network(pick(r, r.nextBoolean() ? World.ATTACKER_HOSTING : World.ATTACKER_VPN));
                Attacker a = new Attacker(locate(sprayNet, r.nextInt(250), sprayNet.city(), false), UA_ATTACKER_LINUX);
                Instant t = quietTime(v, a.where().city(), r);
                int targets = 12 + r.nextInt(14);
                List<String> related = new ArrayList<>();
                List<Person> others = new ArrayList<>(people);
                java.util.Collections.shuffle(others, r);
                long spread = 1800 + r.nextInt(1200);
                for (int s = 0; s < targets; s++) {
                    String target = s < others.size() && r.nextDouble() < 0.75
                            ? others.get(s).name
                            : pick(r, FIRST) + "." + pick(r, LAST) + ".x" + s + DOMAIN;
                    if (target.equals(v.name)) {
                        continue;
                    }
                    related.add(add(
                            target,
                            "attack",
                            SignInRecord.builder()
                                    .at(t.minusSeconds(spread - spread * s / targets))
                                    .user(target)
                                    .from(a.where())
                                    .kind("LOGIN")
                                    .failure("INVALID_CREDENTIALS")
                                    .device(a.agent(), null)
                                    .application(IDP_APP)
                                    .accessPath("CONSOLE")));
                }
                String id = attackerLogin(v, a, t, "CONSOLE", IDP_APP, false, null);
                record(
                        kind,
                        v,
                        id,
                        related,
                        followOn(v, a, t, null, r),
                        Set.of(kind),
                        "one address failed on " + targets + " accounts in " + spread / 60
                                + " min, then got into this one");
            }
            case MFA_FATIGUE -> {
                Attacker a = r.nextBoolean() ? abroad(r) : abroadHosting(r);
                Instant t = quietTime(v, a.where().city(), r);
                int denials = 4 + r.nextInt(5);
                long spread = 300 + r.nextInt(900);
                List<String> related = new ArrayList<>();
                for (int d = denials; d >= 1; d--) {
                    related.add(attackSignIn(
                            v,
                            SignInRecord.builder()
                                    .at(t.minusSeconds(spread * d / denials))
                                    .user(v.name)
                                    .from(a.where())
                                    .kind("MFA")
                                    .failure(d % 2 == 0 ? "MFA push rejected by user" : "MFA push timed out")
                                    .device(a.agent(), null)
                                    .application(IDP_APP)));
                }
                String id = attackSignIn(
                        v,
                        SignInRecord.builder()
                                .at(t)
                                .user(v.name)
                                .from(a.where())
                                .kind("MFA")
                                .device(a.agent(), null)
                                .application(IDP_APP));
                String login = attackerLogin(v, a, t.plusSeconds(4), "CONSOLE", IDP_APP, true, null);
                related.add(login);
                record(
                        kind,
                        v,
                        id,
                        related,
                        followOn(v, a, t, null, r),
                        Set.of(kind),
                        denials + " pushes denied or unanswered in " + spread / 60 + " min, then approved");
            }
            case SESSION_REPLAY -> {
                SignInRecord anchor = anchor(v, 100, r, true);
                boolean far = i % 5 < 3;
                Attacker a = far
                        ? abroadFarFrom(v.home, 3000, r)
                        : new Attacker(locate(v.homeNet, r.nextInt(60_000), v.home, true), UA_ATTACKER_LINUX);
                Instant t = anchor.occurredAt().plusSeconds(60L * (15 + r.nextInt(75)));
                String id = attackSignIn(
                        v,
                        SignInRecord.builder()
                                .at(t)
                                .user(v.name)
                                .from(a.where())
                                .kind("SSO")
                                .device(a.agent(), null)
                                .application(pick(r, v.apps))
                                .accessPath("SSO")
                                .session(anchor.sessionId()));
                record(
                        kind,
                        v,
                        id,
                        List.of(),
                        followOn(v, a, t, anchor.sessionId(), r),
                        Set.of(kind),
                        "the session of the user's " + anchor.city() + " sign-in reused "
                                + Duration.between(anchor.occurredAt(), t).toMinutes() + " min later "
                                + (far ? "from " + a.where().city().name() : "on another device"));
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    private void dormant(Person v, int i) {
        Random r = random;
        Attacker a = i % 2 == 0
                ? abroad(r)
                : new Attacker(locate(otherIspOrHome(v), r.nextInt(60_000), v.home, true), UA_ATTACKER_FIREFOX);
        int day = 5 + r.nextInt(settings.days() - 7);
        Instant t = at(
                settings.start().plusDays(day),
                8 + r.nextDouble() * 10,
                a.where().city().zone());
        String id = attackerLogin(v, a, t, "CONSOLE", IDP_APP, v.mfaRate > 0, null);
        long silent =
                Duration.between(lastSuccessBefore(v.name, t).occurredAt(), t).toDays();
        record(
                SignalType.DORMANT_ACCOUNT,
                v,
                id,
                List.of(),
                followOn(v, a, t, null, r),
                Set.of(SignalType.DORMANT_ACCOUNT),
                "account of a departed employee, silent " + silent + " days, used from "
                        + a.where().city().name());
    }

    private void root(int i, List<String> breakGlass) {
        Random r = random;
        boolean glass = i == settings.attacksPerKind() - 1;
        String name = glass ? breakGlass.get(0) : "arn:aws:iam::" + (111_122_223_333L + i * 1_111_111L) + ":root";
        Attacker a = i % 2 == 0 ? abroadHosting(r) : abroad(r);
        int day = 9 + r.nextInt(settings.days() - 10);
        Instant t = at(
                settings.start().plusDays(day),
                7 + r.nextDouble() * 14,
                a.where().city().zone());
        SignInRecord.Builder b = SignInRecord.builder()
                .at(t)
                .user(name)
                .from(a.where())
                .kind("LOGIN")
                .principalType(glass ? "USER" : "ROOT")
                .device(a.agent(), null)
                .application(glass ? IDP_APP : "AWS")
                .accessPath("CONSOLE")
                .mfa(false)
                .session(sessionId(r));
        String id = add(name, "attack", b);
        List<String> follow = new ArrayList<>();
        Instant at = t.plusSeconds(120 + r.nextInt(600));
        AuditRecord audit = new AuditRecord(
                nextId("a"),
                at,
                name,
                "CreateAccessKey",
                "iam.amazonaws.com",
                a.where().ip(),
                null,
                "root",
                glass ? "USER" : "ROOT");
        audits.add(audit);
        follow.add(audit.eventId());
        attacks.add(new PlantedAttack(
                id,
                SignalType.ROOT_OR_BREAK_GLASS,
                name,
                Set.of(SignalType.ROOT_OR_BREAK_GLASS),
                follow,
                (glass ? "break-glass account" : "AWS account root") + " signed in from "
                        + a.where().city().name()));
    }

    private void serviceAccountInteractive(ServiceAccount account, int i) {
        Random r = random;
        String name = account.name() + DOMAIN;
        City city = i % 2 == 0 ? World.AUSTIN : World.MIAMI;
        Network net = pick(r, World.networksIn(city, NetworkKind.RESIDENTIAL));
        Located where = locate(net, r.nextInt(60_000), city, true);
        int day = 9 + r.nextInt(settings.days() - 10);
        Instant t = at(settings.start().plusDays(day), 9 + r.nextDouble() * 9, city.zone());
        String id = add(
                name,
                "attack",
                SignInRecord.builder()
                        .at(t)
                        .user(name)
                        .from(where)
                        .kind("LOGIN")
                        .principalType("SERVICE_ACCOUNT")
                        .device(UA_WIN_CHROME, null)
                        .application("AWS")
                        .accessPath("CONSOLE")
                        .interactive(true)
                        .session(sessionId(r)));
        attacks.add(new PlantedAttack(
                id,
                SignalType.SERVICE_ACCOUNT_INTERACTIVE,
                name,
                serviceAccountExpectations(name, id),
                List.of(),
                "service account's credentials used interactively in the console from " + city.name()));
    }

    private void record(
            SignalType kind,
            Person v,
            String id,
            List<String> related,
            List<String> follow,
            Set<SignalType> expected,
            String description) {
        List<String> all = new ArrayList<>(related);
        all.addAll(follow);
        Set<SignalType> set = EnumSet.copyOf(expected);
        set.add(kind);
        set.addAll(noveltyByConstruction(v.name, id, related));
        attacks.add(new PlantedAttack(id, kind, v.name, Set.copyOf(set), List.copyOf(all), description));
    }

    /**
     * The novelty signals an attack must raise because of how it was built, judged against the victim's own history
     * before it: the attacker's first session-opening sign-in comes from a device, network or country the victim
     * never used, or through an anonymizer.
     */
    private Set<SignalType> noveltyByConstruction(String user, String id, List<String> related) {
        Set<String> ids = new HashSet<>(related);
        ids.add(id);
        SignInRecord first = byUser.getOrDefault(user, List.of()).stream()
                .filter(s -> ids.contains(s.eventId()) && s.opensSession())
                .min(Comparator.comparing(SignInRecord::occurredAt))
                .orElse(null);
        Set<SignalType> expected = EnumSet.noneOf(SignalType.class);
        if (first == null) {
            return expected;
        }
        List<SignInRecord> history = successes(user).stream()
                .filter(s -> s.occurredAt().isBefore(first.occurredAt()))
                .toList();
        if (history.isEmpty()) {
            return expected;
        }
        Set<Long> asns = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<String> agents = new HashSet<>();
        Set<String> devices = new HashSet<>();
        for (SignInRecord s : history) {
            asns.add(s.asn());
            countries.add(s.country());
            agents.add(s.userAgent());
            devices.add(s.deviceId());
        }
        boolean newDevice =
                first.deviceId() == null ? !agents.contains(first.userAgent()) : !devices.contains(first.deviceId());
        if (newDevice) {
            expected.add(SignalType.NEW_DEVICE);
        }
        if (!asns.contains(first.asn())) {
            expected.add(SignalType.NEW_ASN);
        }
        if (!countries.contains(first.country())) {
            expected.add(SignalType.NEW_COUNTRY);
        }
        NetworkKind kind = World.NETWORKS.stream()
                .filter(n -> n.asn() == first.asn() && n.city().name().equals(first.city()))
                .map(Network::kind)
                .findFirst()
                .orElse(NetworkKind.RESIDENTIAL);
        if (kind == NetworkKind.TOR || kind == NetworkKind.HOSTING || kind == NetworkKind.COMMERCIAL_VPN) {
            expected.add(SignalType.ANONYMIZING_NETWORK);
        }
        return expected;
    }

    private Set<SignalType> serviceAccountExpectations(String name, String id) {
        Set<SignalType> expected = EnumSet.of(SignalType.SERVICE_ACCOUNT_INTERACTIVE, SignalType.NEW_ACCESS_PATH);
        expected.addAll(noveltyByConstruction(name, id, List.of()));
        return Set.copyOf(expected);
    }

    /** The attacker's login (LOGIN on the IdP). */
    private String attackerLogin(
            Person v, Attacker a, Instant t, String path, String app, boolean mfa, @Nullable String session) {
        return attackSignIn(
                v,
                SignInRecord.builder()
                        .at(t)
                        .user(v.name)
                        .from(a.where())
                        .kind("LOGIN")
                        .device(a.agent(), null)
                        .application(app)
                        .accessPath(path)
                        .mfa(mfa)
                        .session(session == null ? sessionId(random) : session));
    }

    private String attackSignIn(Person v, SignInRecord.Builder b) {
        return add(v.name, "attack", b);
    }

    /** Most attackers act right away: a mail rule, an access key, a policy, disabling logging. */
    private List<String> followOn(Person v, Attacker a, Instant t, @Nullable String session, Random r) {
        if (r.nextDouble() >= 0.6) {
            return List.of();
        }
        boolean cloud = v.apps.contains("AWS");
        List<String> actions = cloud
                ? List.of("CreateAccessKey", "AttachUserPolicy", "CreateUser", "StopLogging")
                : List.of("New-InboxRule", "Set-Mailbox", "UpdateInboxRules");
        int n = 1 + r.nextInt(3);
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            AuditRecord audit = new AuditRecord(
                    nextId("a"),
                    t.plusSeconds(180 + r.nextInt(1200)),
                    v.name,
                    pick(r, actions),
                    cloud ? "iam.amazonaws.com" : "exchange",
                    a.where().ip(),
                    session,
                    cloud ? "user/" + v.name : "mailbox/" + v.name,
                    "USER");
            audits.add(audit);
            ids.add(audit.eventId());
        }
        return ids;
    }

    private Attacker abroad(Random r) {
        String key = World.ATTACKER_RESIDENTIAL.get(attackerRoundRobin++ % World.ATTACKER_RESIDENTIAL.size());
        Network net = network(key);
        return new Attacker(locate(net, r.nextInt(60_000), net.city(), true), UA_ATTACKER_FIREFOX);
    }

    private Attacker abroadFarFrom(City city, double minKm, Random r) {
        for (int i = 0; i < World.ATTACKER_RESIDENTIAL.size(); i++) {
            Attacker a = abroad(r);
            if (a.where().city().distanceKm(city) >= minKm) {
                return a;
            }
        }
        throw new IllegalStateException("no attacker network " + minKm + " km from " + city.name());
    }

    private static Attacker abroadHosting(Random r) {
        Network net = network(pick(r, World.ATTACKER_HOSTING));
        return new Attacker(locate(net, r.nextInt(60_000), net.city(), false), UA_ATTACKER_LINUX);
    }

    private static Attacker otherOfficeCountry(Person v, Random r) {
        List<Office> others = World.OFFICES.stream()
                .filter(o -> !o.city().country().equals(v.home.country()))
                .filter(o -> o.city().distanceKm(v.home) >= 3000)
                .toList();
        City city = pick(r, others).city();
        Network net = pick(r, World.networksIn(city, NetworkKind.RESIDENTIAL));
        return new Attacker(locate(net, r.nextInt(60_000), city, true), UA_ATTACKER_FIREFOX);
    }

    private static @Nullable Network otherIsp(Person p) {
        return World.networksIn(p.home, NetworkKind.RESIDENTIAL).stream()
                .filter(n -> n.asn() != p.homeNet.asn())
                .findFirst()
                .orElse(null);
    }

    private static Network otherIspOrHome(Person p) {
        Network other = otherIsp(p);
        return other == null ? p.homeNet : other;
    }

    private static City farCity(City home) {
        City best = null;
        for (City city : World.FAR_CITIES.get(home.country())) {
            if (best == null || city.distanceKm(home) > best.distanceKm(home)) {
                best = city;
            }
        }
        return best;
    }

    /**
     * A time on a weekday after the victim's learning period, before the victim's own first sign-in of that day,
     * and long enough after the victim's previous sign-in that getting from there to {@code from} by plane was
     * possible (so that only the attack's own signal, not impossible travel, gives it away).
     */
    private Instant quietTime(Person v, City from, Random r) {
        List<SignInRecord> own = successes(v.name);
        Instant ready = learnedBy(v);
        for (int attempt = 0; attempt < 400; attempt++) {
            int day = 9 + r.nextInt(settings.days() - 10);
            Instant dayStart = windowStart.plus(Duration.ofDays(day));
            SignInRecord first = firstSuccessOn(own, v, day);
            if (first == null || dayStart.isBefore(ready)) {
                continue;
            }
            Instant t = first.occurredAt().minusSeconds(3600 + r.nextInt(3 * 3600));
            SignInRecord previous = lastSuccessBefore(v.name, t);
            if (previous == null || previous.occurredAt().isBefore(ready)) {
                continue;
            }
            double km =
                    World.Geo.distanceKm(previous.latitude(), previous.longitude(), from.latitude(), from.longitude());
            double hours = Duration.between(previous.occurredAt(), t).toMinutes() / 60.0;
            if (hours >= km / 700.0 + 1) {
                return t;
            }
        }
        throw new IllegalStateException("no quiet time for " + v.name);
    }

    /** A night-time instant (02:00-04:30 local, weekday) at which the victim has never signed in (±1 h). */
    private Instant nightTime(Person v, Random r) {
        List<SignInRecord> own = successes(v.name);
        Instant ready = learnedBy(v);
        for (int attempt = 0; attempt < 400; attempt++) {
            int day = 9 + r.nextInt(settings.days() - 10);
            LocalDate date = settings.start().plusDays(day);
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            Instant t = at(date, 2 + r.nextDouble() * 2.5, v.home.zone());
            if (t.isBefore(ready)) {
                continue;
            }
            int hourOfWeek = hourOfWeek(t);
            boolean seen = own.stream()
                    .filter(s -> s.occurredAt().isBefore(t))
                    .anyMatch(s -> Math.abs(hourOfWeek(s.occurredAt()) - hourOfWeek) <= 1);
            if (!seen) {
                return t;
            }
        }
        throw new IllegalStateException("no night time for " + v.name);
    }

    private static int hourOfWeek(Instant t) {
        var utc = t.atZone(UTC);
        return (utc.getDayOfWeek().getValue() - 1) * 24 + utc.getHour();
    }

    /**
     * A session-opening sign-in of the victim (not through the corporate VPN) followed by at least {@code gapMinutes}
     * of nothing from the victim, after the learning period.
     */
    private SignInRecord anchor(Person v, int gapMinutes, Random r, boolean login) {
        List<SignInRecord> own = successes(v.name);
        Instant ready = learnedBy(v).plus(Duration.ofDays(1));
        List<SignInRecord> candidates = new ArrayList<>();
        for (int i = 0; i + 1 < own.size(); i++) {
            SignInRecord s = own.get(i);
            if (s.occurredAt().isBefore(ready)
                    || s.asn() == 53813
                    || (login && !("LOGIN".equals(s.kind()) && "CONSOLE".equals(s.accessPath())))) {
                continue;
            }
            if (Duration.between(s.occurredAt(), own.get(i + 1).occurredAt()).toMinutes() >= gapMinutes) {
                candidates.add(s);
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no anchor sign-in for " + v.name);
        }
        return pick(r, candidates);
    }

    /** When the victim's baseline has left its learning period (and a day more, for margin). */
    private Instant learnedBy(Person v) {
        List<SignInRecord> own = successes(v.name);
        Instant first = own.get(0).occurredAt();
        Instant tenth =
                own.get(Math.min(own.size() - 1, settings.learningSignIns())).occurredAt();
        Instant period = first.plus(Duration.ofDays(settings.learningDays()));
        return (tenth.isAfter(period) ? tenth : period).plus(Duration.ofDays(1));
    }

    private @Nullable SignInRecord firstSuccessOn(List<SignInRecord> own, Person v, int day) {
        LocalDate date = settings.start().plusDays(day);
        for (SignInRecord s : own) {
            if (s.occurredAt().atZone(v.home.zone()).toLocalDate().equals(date)) {
                return s;
            }
        }
        return null;
    }

    private List<SignInRecord> successes(String user) {
        return byUser.getOrDefault(user, List.of()).stream()
                .filter(SignInRecord::opensSession)
                .filter(s -> !"attack".equals(tags.get(s.eventId())))
                .toList();
    }

    private @Nullable SignInRecord lastSuccessBefore(String user, Instant t) {
        SignInRecord last = null;
        for (SignInRecord s : byUser.getOrDefault(user, List.of())) {
            if (s.opensSession()
                    && s.occurredAt().isBefore(t)
                    && (last == null || s.occurredAt().isAfter(last.occurredAt()))) {
                last = s;
            }
        }
        return last;
    }

    /** The victim's own sign-ins in the 24 h after an attack may be flagged because of what the attacker left. */
    private void markAftermath() {
        for (PlantedAttack attack : attacks) {
            Instant t = null;
            for (SignInRecord s : byUser.getOrDefault(attack.user(), List.of())) {
                if (s.eventId().equals(attack.eventId())) {
                    t = s.occurredAt();
                }
            }
            if (t == null) {
                continue;
            }
            for (SignInRecord s : byUser.getOrDefault(attack.user(), List.of())) {
                if (s.occurredAt().isAfter(t)
                        && s.occurredAt().isBefore(t.plus(Duration.ofHours(24)))
                        && !"attack".equals(tags.get(s.eventId()))) {
                    tags.put(s.eventId(), "aftermath");
                }
            }
        }
    }

    // ------------------------------------------------------------------ declarations

    private static List<DeclaredNetwork> namedNetworks() {
        List<DeclaredNetwork> list = new ArrayList<>();
        for (Network n : World.NETWORKS) {
            if (n.kind() == NetworkKind.CORPORATE_VPN) {
                list.add(new DeclaredNetwork(
                        n.cidr(),
                        "Corporate VPN egress " + n.city().name(),
                        n.city().name(),
                        n.country(),
                        n.city().latitude(),
                        n.city().longitude(),
                        true,
                        ""));
            }
        }
        return List.copyOf(list);
    }

    private static List<DeclaredNetwork> anonymizerNetworks() {
        List<DeclaredNetwork> list = new ArrayList<>();
        for (Network n : World.NETWORKS) {
            String flag = switch (n.kind()) {
                case TOR -> "tor";
                case COMMERCIAL_VPN -> "vpn";
                case HOSTING -> "hosting";
                default -> null;
            };
            if (flag != null) {
                list.add(new DeclaredNetwork(
                        n.cidr(),
                        n.asOrg(),
                        n.city().name(),
                        n.country(),
                        n.city().latitude(),
                        n.city().longitude(),
                        false,
                        flag));
            }
        }
        return List.copyOf(list);
    }

    // ------------------------------------------------------------------ plumbing

    private SignInRecord.Builder base(Person p, Instant at, Located where) {
        return SignInRecord.builder().at(at).user(p.name).from(where);
    }

    private String add(String user, String tag, SignInRecord.Builder builder) {
        SignInRecord record = builder.eventId(nextId("s")).build();
        if (!"attack".equals(tag)) {
            for (Instant[] span : unavailable.getOrDefault(user, List.of())) {
                if (!record.occurredAt().isBefore(span[0])
                        && record.occurredAt().isBefore(span[1])) {
                    return record.eventId(); // on a plane: this sign-in does not happen
                }
            }
        }
        signIns.add(record);
        byUser.computeIfAbsent(user, u -> new ArrayList<>()).add(record);
        if (!"normal".equals(tag)) {
            tags.put(record.eventId(), tag);
        }
        return record.eventId();
    }

    private String nextId(String kind) {
        return "scn" + settings.seed() + "-" + kind + "-" + String.format("%07d", ++sequence);
    }

    private void count(String what) {
        noise.merge(what, 1, Integer::sum);
    }

    private static String tagOr(String tag, String specific) {
        return "normal".equals(tag) ? specific : tag;
    }

    private static Instant at(LocalDate date, double hours, ZoneId zone) {
        double h = Math.max(0, Math.min(23.99, hours));
        return date.atTime(LocalTime.ofSecondOfDay((long) (h * 3600)))
                .atZone(zone)
                .toInstant();
    }

    private static String deviceId(Random r) {
        return new java.util.UUID(r.nextLong(), r.nextLong()).toString();
    }

    private static String sessionId(Random r) {
        return Long.toHexString(r.nextLong() | Long.MIN_VALUE) + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
