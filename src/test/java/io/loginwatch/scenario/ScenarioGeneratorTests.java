package io.loginwatch.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.SignIn;
import io.loginwatch.source.ParsedRecord;
import io.loginwatch.source.canonical.CanonicalAuditParser;
import io.loginwatch.source.canonical.CanonicalSignInParser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ScenarioGeneratorTests {

    private static final Scenario SCENARIO = ScenarioGenerator.generate(ScenarioSettings.defaults());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void sameSeedGivesTheSameScenarioAndAnotherSeedAnotherOne() {
        ScenarioSettings small = ScenarioSettings.defaults().withSize(120, 24);
        Scenario first = ScenarioGenerator.generate(small);
        Scenario again = ScenarioGenerator.generate(small);
        Scenario other = ScenarioGenerator.generate(small.withSeed(7));

        assertThat(again.signIns()).isEqualTo(first.signIns());
        assertThat(again.audits()).isEqualTo(first.audits());
        assertThat(again.attacks()).isEqualTo(first.attacks());
        assertThat(again.tags()).isEqualTo(first.tags());
        assertThat(other.signIns()).isNotEqualTo(first.signIns());
    }

    @Test
    void labelsAttacksOfEveryKindOnSignInsThatExist() {
        Set<SignalType> behavioural = EnumSet.range(SignalType.NEW_COUNTRY, SignalType.SERVICE_ACCOUNT_INTERACTIVE);
        Map<String, SignInRecord> byId =
                SCENARIO.signIns().stream().collect(Collectors.toMap(SignInRecord::eventId, s -> s));

        assertThat(SCENARIO.attacks().stream().map(PlantedAttack::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(behavioural);
        assertThat(SCENARIO.attacks())
                .hasSize(behavioural.size() * SCENARIO.settings().attacksPerKind());
        for (PlantedAttack attack : SCENARIO.attacks()) {
            SignInRecord signIn = byId.get(attack.eventId());
            assertThat(signIn).as(attack.description()).isNotNull();
            assertThat(signIn.isSuccess()).isTrue();
            assertThat(signIn.user()).isEqualTo(attack.user());
            assertThat(attack.expected()).contains(attack.kind());
            assertThat(SCENARIO.tag(attack.eventId())).isEqualTo("attack");
        }
    }

    @Test
    void expectsTheNoveltyAnAttackBringsByConstruction() {
        for (PlantedAttack attack : SCENARIO.attacks()) {
            switch (attack.kind()) {
                case NEW_COUNTRY, IMPOSSIBLE_TRAVEL ->
                    assertThat(attack.expected())
                            .as(attack.description())
                            .contains(SignalType.NEW_DEVICE, SignalType.NEW_ASN);
                case NEW_DEVICE ->
                    assertThat(attack.expected())
                            .as("same ISP, same city: only the device is new")
                            .containsExactly(SignalType.NEW_DEVICE);
                case UNUSUAL_HOUR ->
                    assertThat(attack.expected())
                            .as("the user's own laptop and home address")
                            .containsExactly(SignalType.UNUSUAL_HOUR);
                case ANONYMIZING_NETWORK, PASSWORD_SPRAY ->
                    assertThat(attack.expected()).contains(SignalType.ANONYMIZING_NETWORK);
                default -> assertThat(attack.expected()).contains(attack.kind());
            }
        }
    }

    @Test
    void plantsAttacksOnHumanAccountsOnlyAfterTheirLearningPeriod() {
        Map<String, List<SignInRecord>> successes = new HashMap<>();
        for (SignInRecord s : SCENARIO.signIns()) {
            if (s.opensSession() && !"attack".equals(SCENARIO.tag(s.eventId()))) {
                successes.computeIfAbsent(s.user(), u -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Instant> attackTimes =
                SCENARIO.signIns().stream().collect(Collectors.toMap(SignInRecord::eventId, SignInRecord::occurredAt));
        int judged = 0;
        for (PlantedAttack attack : SCENARIO.attacks()) {
            if (attack.kind() == SignalType.ROOT_OR_BREAK_GLASS
                    || attack.kind() == SignalType.SERVICE_ACCOUNT_INTERACTIVE) {
                continue;
            }
            Instant at = attackTimes.get(attack.eventId());
            List<SignInRecord> before = successes.get(attack.user()).stream()
                    .filter(s -> s.occurredAt().isBefore(at))
                    .toList();
            assertThat(before).as(attack.description()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(Duration.between(before.get(0).occurredAt(), at)).isGreaterThan(Duration.ofDays(7));
            judged++;
        }
        assertThat(judged).isGreaterThan(60);
    }

    @Test
    void containsEveryKindOfBenignNoise() {
        assertThat(SCENARIO.noise())
                .containsKeys(
                        "business trips",
                        "flights",
                        "VPN switched on mid-session",
                        "new phones",
                        "mobile carrier sign-ins (IP churn)",
                        "service accounts on a schedule",
                        "new employees",
                        "mistyped passwords",
                        "employees back from long leave");
        assertThat(SCENARIO.tags().values())
                .contains(
                        "travel",
                        "vpn",
                        "new-phone",
                        "carrier",
                        "service-account",
                        "new-employee",
                        "mistyped-password");
        List<SignInRecord> service = SCENARIO.signIns().stream()
                .filter(s -> "service-account".equals(SCENARIO.tag(s.eventId())))
                .toList();
        assertThat(service).hasSizeGreaterThan(1000).allSatisfy(s -> {
            assertThat(s.principalType()).isEqualTo("SERVICE_ACCOUNT");
            assertThat(s.accessPath()).isEqualTo("CLI_API");
            assertThat(s.interactive()).isFalse();
        });
        Set<String> vpnIps = SCENARIO.signIns().stream()
                .filter(s -> Long.valueOf(53813).equals(s.asn()))
                .map(SignInRecord::ip)
                .collect(Collectors.toSet());
        long vpnUsers = SCENARIO.signIns().stream()
                .filter(s -> Long.valueOf(53813).equals(s.asn()))
                .map(SignInRecord::user)
                .distinct()
                .count();
        assertThat(vpnUsers).as("a shared egress: many users").isGreaterThan(3L * vpnIps.size());
        assertThat(SCENARIO.namedNetworks())
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.trusted()).isTrue());
    }

    @Test
    void newEmployeesFirstSignInAfterDayTen() {
        // day ten in the employee's own time zone, which may be up to 11 hours ahead of UTC
        Instant dayTen = SCENARIO.windowStart().plus(Duration.ofDays(10)).minus(Duration.ofHours(11));
        Set<String> newcomers = SCENARIO.signIns().stream()
                .filter(s -> "new-employee".equals(SCENARIO.tag(s.eventId())))
                .map(SignInRecord::user)
                .collect(Collectors.toSet());
        assertThat(newcomers).isNotEmpty();
        for (SignInRecord s : SCENARIO.signIns()) {
            if (newcomers.contains(s.user())) {
                assertThat(s.occurredAt()).isAfterOrEqualTo(dayTen);
            }
        }
    }

    @Test
    void benignTravelIsPhysicallyPossible() {
        Map<String, SignInRecord> last = new HashMap<>();
        int flights = 0;
        for (SignInRecord s : SCENARIO.signIns()) {
            String tag = SCENARIO.tag(s.eventId());
            if (tag.equals("attack") || tag.equals("aftermath") || s.latitude() == null || s.asn() == 53813) {
                continue;
            }
            SignInRecord previous = last.put(s.user(), s);
            if (previous == null) {
                continue;
            }
            double km = World.Geo.distanceKm(previous.latitude(), previous.longitude(), s.latitude(), s.longitude());
            if (km > 500) {
                double hours =
                        Duration.between(previous.occurredAt(), s.occurredAt()).toSeconds() / 3600.0;
                assertThat(km / hours)
                        .as("%s from %s to %s", s.user(), previous.city(), s.city())
                        .isLessThan(900);
                flights++;
            }
        }
        assertThat(flights).isGreaterThan(20);
    }

    @Test
    void flightTimesAreRealistic() {
        double seattleLondon = ScenarioGenerator.flightHours(World.SEATTLE, World.LONDON);
        assertThat(seattleLondon).isBetween(9.0, 10.5);
        assertThat(ScenarioGenerator.flightHours(World.NEW_YORK, World.LONDON)).isBetween(6.5, 8.0);
    }

    @Test
    void everyRecordIsValidCanonicalInput() {
        CanonicalSignInParser signIns = new CanonicalSignInParser();
        for (SignInRecord record : SCENARIO.signIns().subList(0, 3000)) {
            ParsedRecord parsed = signIns.parse(JSON.valueToTree(record.toJson()));
            assertThat(parsed).isInstanceOf(ParsedRecord.SignInRecord.class);
            SignIn signIn = ((ParsedRecord.SignInRecord) parsed).signIn();
            assertThat(signIn.sourceEventId()).isEqualTo(record.eventId());
            assertThat(signIn.occurredAt()).isEqualTo(record.occurredAt());
        }
        CanonicalAuditParser audits = new CanonicalAuditParser();
        assertThat(SCENARIO.audits()).isNotEmpty();
        for (AuditRecord record : SCENARIO.audits()) {
            assertThat(audits.parse(JSON.valueToTree(record.toJson()))).isInstanceOf(ParsedRecord.AuditRecord.class);
        }
    }

    @Test
    void recordsAreInTimeOrder() {
        List<SignInRecord> records = SCENARIO.signIns();
        for (int i = 1; i < records.size(); i++) {
            assertThat(records.get(i).occurredAt())
                    .isAfterOrEqualTo(records.get(i - 1).occurredAt());
        }
        assertThat(records).hasSizeGreaterThan(30_000);
    }
}
