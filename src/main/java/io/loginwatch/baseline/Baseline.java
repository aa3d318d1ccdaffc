package io.loginwatch.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.Device;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the engine believes is normal for one user. Mutable, owned by the engine while it scores that user's sign-ins
 * in order; persisted as JSON ({@link BaselineCodec}) between runs, and that JSON is what the baseline API shows.
 *
 * <p>Learned from successful session-opening sign-ins ({@link SignInKind#opensSession()}); failures only feed the
 * short-lived failure lists used for brute-force and MFA-fatigue checks. Bounded: at most {@link
 * LearningPolicy#maxValues()} values per kind, evicting the rarest and stalest first; values not seen for {@link
 * LearningPolicy#retention()} are forgotten (checked once per UTC day of activity), so a user who moved stops being
 * "new" in the new city as soon as it is learned, and the old city fades out.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "user",
    "firstSeen",
    "lastSeen",
    "successCount",
    "mfaUsed",
    "mfaSkipped",
    "countries",
    "asns",
    "devices",
    "applications",
    "accessPaths",
    "places",
    "visits",
    "sessions",
    "hours",
    "failures",
    "mfaFailures"
})
public final class Baseline {

    private static final int MAX_DEVICE_KEY = 64;
    private static final int MFA_HABIT_CAP = 64;

    private String user = "";
    private @Nullable Instant firstSeen;
    private @Nullable Instant lastSeen;
    private int successCount;
    private int mfaUsed;
    private int mfaSkipped;
    private Map<String, Seen> countries = new LinkedHashMap<>();
    private Map<Long, Seen> asns = new LinkedHashMap<>();
    private Map<String, Seen> devices = new LinkedHashMap<>();
    private Map<String, Seen> applications = new LinkedHashMap<>();
    private EnumMap<AccessPath, Seen> accessPaths = new EnumMap<>(AccessPath.class);
    private List<Place> places = new ArrayList<>();
    private List<Visit> visits = new ArrayList<>();
    private List<KnownSession> sessions = new ArrayList<>();
    private HourHistogram hours = new HourHistogram();
    private List<Instant> failures = new ArrayList<>();
    private List<Instant> mfaFailures = new ArrayList<>();

    Baseline() {}

    public static Baseline empty(String user) {
        Baseline baseline = new Baseline();
        baseline.user = user;
        return baseline;
    }

    /**
     * The key under which a device is remembered: {@link Device#fingerprint()}, with long raw user agents shortened
     * to a prefix and a hash so the baseline stays small.
     */
    public static @Nullable String deviceKey(Device device) {
        String fingerprint = device.fingerprint();
        if (fingerprint == null || fingerprint.length() <= MAX_DEVICE_KEY) {
            return fingerprint;
        }
        return fingerprint.substring(0, 40) + "#" + Integer.toHexString(fingerprint.hashCode());
    }

    // ---------------------------------------------------------------- learning

    /**
     * Folds one sign-in of any kind and outcome into the baseline. Failures (and lockouts) are remembered for a short
     * while; successful MFA steps clear pending MFA denials; successful session-opening sign-ins teach what is normal.
     */
    public void learn(SignIn signIn, LearningPolicy policy) {
        Instant at = signIn.occurredAt();
        SignInKind kind = signIn.kind();
        if (kind == SignInKind.LOCKOUT || signIn.outcome() == Outcome.FAILURE) {
            if (kind == SignInKind.MFA) {
                remember(mfaFailures, at, policy);
            } else if (kind != SignInKind.LOGOUT) {
                remember(failures, at, policy);
            }
            return;
        }
        if (!signIn.isSuccess()) {
            return;
        }
        if (kind == SignInKind.MFA) {
            mfaFailures.clear();
            return;
        }
        if (!kind.opensSession()) {
            return;
        }
        learnSuccess(signIn, at, policy);
    }

    private void learnSuccess(SignIn signIn, Instant at, LearningPolicy policy) {
        LocalDate day = LocalDate.ofEpochDay(epochDay(at));
        if (lastSeen == null || epochDay(at) > epochDay(lastSeen)) {
            prune(day, at, policy);
        }
        if (firstSeen == null || at.isBefore(firstSeen)) {
            firstSeen = at;
        }
        if (lastSeen == null || at.isAfter(lastSeen)) {
            lastSeen = at;
        }
        successCount++;
        failures.clear();
        if (Boolean.TRUE.equals(signIn.mfa())) {
            mfaFailures.clear();
        }
        learnMfaHabit(signIn.mfa());

        Geo geo = signIn.geo();
        if (geo.country() != null) {
            touch(countries, geo.country(), day, policy.maxValues());
        }
        if (signIn.network().asn() != null) {
            touch(asns, signIn.network().asn(), day, policy.maxValues());
        }
        String device = deviceKey(signIn.device());
        if (device != null) {
            touch(devices, device, day, policy.maxValues());
        }
        if (signIn.application() != null && !signIn.application().isBlank()) {
            touch(applications, signIn.application(), day, policy.maxValues());
        }
        if (signIn.accessPath() != AccessPath.UNKNOWN) {
            touch(accessPaths, signIn.accessPath(), day, policy.maxValues());
        }
        if (geo.hasCoordinates()) {
            learnPlace(geo, day, policy);
            learnVisit(geo, signIn.ip(), at, policy);
        }
        if (signIn.sessionId() != null && !signIn.sessionId().isEmpty()) {
            learnSession(signIn, device, at, policy);
        }
        hours.add(at, day, policy);
    }

    private static long epochDay(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 86_400L);
    }

    private void learnMfaHabit(@Nullable Boolean mfa) {
        if (mfa == null) {
            return;
        }
        if (mfa) {
            mfaUsed++;
        } else {
            mfaSkipped++;
        }
        if (mfaUsed + mfaSkipped > MFA_HABIT_CAP) {
            mfaUsed = (mfaUsed + 1) / 2;
            mfaSkipped = (mfaSkipped + 1) / 2;
        }
    }

    private static <K> void touch(Map<K, Seen> values, K key, LocalDate day, int max) {
        Seen seen = values.get(key);
        if (seen != null) {
            seen.touch(day);
            return;
        }
        Seen.makeRoom(values, day, max);
        values.put(key, new Seen(1, day));
    }

    private void learnPlace(Geo geo, LocalDate day, LearningPolicy policy) {
        double lat = geo.latitude();
        double lon = geo.longitude();
        Place nearest = null;
        double nearestKm = Double.MAX_VALUE;
        for (Place place : places) {
            double km = place.distanceKm(lat, lon);
            if (km < nearestKm) {
                nearest = place;
                nearestKm = km;
            }
        }
        if (nearest != null && nearestKm <= policy.placeMergeKm()) {
            nearest.touch(geo, day);
            return;
        }
        if (places.size() >= policy.maxPlaces()) {
            Place weakest = places.get(0);
            for (Place place : places) {
                if (place.keepScore(day) < weakest.keepScore(day)) {
                    weakest = place;
                }
            }
            places.remove(weakest);
        }
        places.add(Place.of(geo, day));
    }

    private void learnVisit(Geo geo, @Nullable String ip, Instant at, LearningPolicy policy) {
        int index = visitIndexAt(at);
        if (index >= 0) {
            Visit current = visits.get(index);
            if (current.sameSpot(geo, policy.placeMergeKm())) {
                current.extend(at, ip); // still there: the next visit, if any, began later
                return;
            }
        } else if (!visits.isEmpty()) {
            Visit first = visits.get(0);
            if (first.sameSpot(geo, policy.placeMergeKm())) {
                first.extend(at, ip);
                return;
            }
            if (visits.size() >= policy.recentVisits()) {
                return; // older than everything kept: nothing later depends on it
            }
        }
        visits.add(index + 1, Visit.of(geo, ip, at));
        while (visits.size() > policy.recentVisits()) {
            visits.remove(0);
        }
    }

    private void learnSession(SignIn signIn, @Nullable String device, Instant at, LearningPolicy policy) {
        String id = signIn.sessionId();
        for (KnownSession session : sessions) {
            if (session.id().equals(id)) {
                return;
            }
        }
        if (sessions.size() >= policy.maxSessions()) {
            KnownSession oldest = sessions.get(0);
            for (KnownSession session : sessions) {
                if (session.at().isBefore(oldest.at())) {
                    oldest = session;
                }
            }
            sessions.remove(oldest);
        }
        sessions.add(KnownSession.of(id, at, signIn.ip(), device, signIn.geo()));
    }

    private static void remember(List<Instant> times, Instant at, LearningPolicy policy) {
        Instant horizon = at.minus(policy.failureMemory());
        while (!times.isEmpty() && times.get(0).isBefore(horizon)) {
            times.remove(0);
        }
        int index = times.size();
        while (index > 0 && times.get(index - 1).isAfter(at)) {
            index--;
        }
        times.add(index, at);
        while (times.size() > policy.maxFailures()) {
            times.remove(0);
        }
    }

    /** Forgets what has not been seen within the retention period (runs on the first success of each UTC day). */
    private void prune(LocalDate day, Instant at, LearningPolicy policy) {
        LocalDate horizon = day.minusDays(policy.retentionDays());
        pruneValues(countries, horizon);
        pruneValues(asns, horizon);
        pruneValues(devices, horizon);
        pruneValues(applications, horizon);
        pruneValues(accessPaths, horizon);
        places.removeIf(place -> place.last().isBefore(horizon));
        Instant sessionHorizon = at.minus(policy.sessionWindow());
        sessions.removeIf(session -> session.at().isBefore(sessionHorizon));
    }

    private static <K> void pruneValues(Map<K, Seen> values, LocalDate horizon) {
        for (Iterator<Seen> it = values.values().iterator(); it.hasNext(); ) {
            if (it.next().last().isBefore(horizon)) {
                it.remove();
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /** Index of the visit under way at, or last started before, the instant; -1 when all began later. */
    private int visitIndexAt(Instant at) {
        for (int i = visits.size() - 1; i >= 0; i--) {
            if (!visits.get(i).from().isAfter(at)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The visit a sign-in at this instant should be compared with for travel: the one under way at that time or the
     * last one before it; never a later one. Null when nothing is known before that instant.
     */
    public @Nullable Visit visitAt(Instant at) {
        int index = visitIndexAt(at);
        return index < 0 ? null : visits.get(index);
    }

    public @Nullable KnownSession session(String id) {
        for (KnownSession session : sessions) {
            if (session.id().equals(id)) {
                return session;
            }
        }
        return null;
    }

    /** Failures (not MFA) in the window of the given length ending at the instant, both ends included. */
    public int failuresWithin(Instant at, Duration window) {
        return countWithin(failures, at, window);
    }

    /** MFA denials and timeouts in the window of the given length ending at the instant, both ends included. */
    public int mfaFailuresWithin(Instant at, Duration window) {
        return countWithin(mfaFailures, at, window);
    }

    static int countWithin(List<Instant> times, Instant at, Duration window) {
        long to = at.getEpochSecond();
        long from = to - window.getSeconds();
        int count = 0;
        for (int i = 0, n = times.size(); i < n; i++) {
            long time = times.get(i).getEpochSecond();
            if (time >= from && time <= to) {
                count++;
            }
        }
        return count;
    }

    public String user() {
        return user;
    }

    /** Earliest successful sign-in learned (null before the first). */
    public @Nullable Instant firstSeen() {
        return firstSeen;
    }

    /** Latest successful sign-in learned (null before the first). */
    public @Nullable Instant lastSeen() {
        return lastSeen;
    }

    /** Successful session-opening sign-ins learned, ever. */
    public int successCount() {
        return successCount;
    }

    /** Recent successful sign-ins that reported MFA (decaying count). */
    public int mfaUsed() {
        return mfaUsed;
    }

    /** Recent successful sign-ins that reported no MFA (decaying count). */
    public int mfaSkipped() {
        return mfaSkipped;
    }

    public boolean knowsCountry(String country) {
        return countries.containsKey(country);
    }

    public boolean knowsAsn(Long asn) {
        return asns.containsKey(asn);
    }

    public boolean knowsDevice(String deviceKey) {
        return devices.containsKey(deviceKey);
    }

    public boolean knowsApplication(String application) {
        return applications.containsKey(application);
    }

    public boolean knowsAccessPath(AccessPath path) {
        return accessPaths.containsKey(path);
    }

    /** Number of countries known (no allocation, unlike {@link #countries()}). */
    public int countryCount() {
        return countries.size();
    }

    public int asnCount() {
        return asns.size();
    }

    public int deviceCount() {
        return devices.size();
    }

    public int applicationCount() {
        return applications.size();
    }

    public Map<String, Seen> countries() {
        return Collections.unmodifiableMap(countries);
    }

    public Map<Long, Seen> asns() {
        return Collections.unmodifiableMap(asns);
    }

    public Map<String, Seen> devices() {
        return Collections.unmodifiableMap(devices);
    }

    public Map<String, Seen> applications() {
        return Collections.unmodifiableMap(applications);
    }

    public Map<AccessPath, Seen> accessPaths() {
        return Collections.unmodifiableMap(accessPaths);
    }

    public List<Place> places() {
        return Collections.unmodifiableList(places);
    }

    /**
     * The user's usual place: the known place with the most sign-ins, or null when none is known. Allocation-free.
     */
    public @Nullable Place homePlace() {
        Place home = null;
        for (int i = 0, n = places.size(); i < n; i++) {
            Place place = places.get(i);
            if (home == null || place.count() > home.count()) {
                home = place;
            }
        }
        return home;
    }

    /** Recent visits, oldest first. */
    public List<Visit> visits() {
        return Collections.unmodifiableList(visits);
    }

    public List<KnownSession> sessions() {
        return Collections.unmodifiableList(sessions);
    }

    public HourHistogram hours() {
        return hours;
    }
}
