package io.loginwatch.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Organization-wide context kept next to the per-user baselines: how many users have each country and ASN in their
 * baseline (a value new for one user but common across the organization is less alarming), and which source IPs have
 * recently failed on several users, with how many users succeeded from them (password spray). One instance, persisted as JSON between runs, bounded by {@link
 * LearningPolicy#orgMaxValues()} and {@link LearningPolicy#orgMaxSources()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"prunedOn", "sourcesPrunedAt", "countries", "asns", "failingSources"})
public final class OrgProfile {

    private @Nullable LocalDate prunedOn;
    private @Nullable Instant sourcesPrunedAt;
    private Map<String, Seen> countries = new LinkedHashMap<>();
    private Map<Long, Seen> asns = new LinkedHashMap<>();
    private Map<String, FailingSource> failingSources = new LinkedHashMap<>();

    OrgProfile() {}

    public static OrgProfile empty() {
        return new OrgProfile();
    }

    /**
     * Learns from one sign-in of any outcome. Call it <em>before</em> the user's baseline learns the same sign-in: a
     * country or ASN counts one more user only when it is new in that user's baseline.
     */
    public void learn(SignIn signIn, Baseline userBaseline, LearningPolicy policy) {
        Instant at = signIn.occurredAt();
        if (signIn.outcome() == Outcome.FAILURE || signIn.kind() == SignInKind.LOCKOUT) {
            if (signIn.kind() != SignInKind.MFA && signIn.kind() != SignInKind.LOGOUT) {
                learnFailure(signIn, at, policy);
            }
            return;
        }
        if (!signIn.isSuccess() || !signIn.kind().opensSession()) {
            return;
        }
        String ip = signIn.ip();
        FailingSource source = ip == null ? null : failingSources.get(ip);
        if (source != null) {
            source.addSuccess(signIn.user().name(), at, at.minus(policy.failureMemory()), 4 * policy.maxFailures());
        }
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400L));
        if (prunedOn == null || day.isAfter(prunedOn)) {
            prune(day, policy);
        }
        String country = signIn.geo().country();
        if (country != null) {
            count(countries, country, !userBaseline.knowsCountry(country), day, policy.orgMaxValues());
        }
        Long asn = signIn.network().asn();
        if (asn != null) {
            count(asns, asn, !userBaseline.knowsAsn(asn), day, policy.orgMaxValues());
        }
    }

    private static <K> void count(Map<K, Seen> values, K key, boolean newUser, LocalDate day, int max) {
        Seen seen = values.get(key);
        if (seen != null) {
            seen.add(newUser ? 1 : 0, day);
            return;
        }
        Seen.makeRoom(values, day, max);
        values.put(key, new Seen(1, day));
    }

    private void learnFailure(SignIn signIn, Instant at, LearningPolicy policy) {
        String ip = signIn.ip();
        if (ip == null || signIn.geo().trusted()) {
            return;
        }
        Instant horizon = at.minus(policy.failureMemory());
        if (sourcesPrunedAt == null || sourcesPrunedAt.isBefore(horizon)) {
            failingSources.values().removeIf(source -> source.last().isBefore(horizon));
            sourcesPrunedAt = at;
        }
        FailingSource source = failingSources.get(ip);
        if (source == null) {
            if (failingSources.size() >= policy.orgMaxSources()) {
                evictStalestSource();
            }
            source = new FailingSource();
            failingSources.put(ip, source);
        }
        source.addFailure(signIn.user().name(), at, horizon, policy.maxFailures());
    }

    private void evictStalestSource() {
        String stalest = null;
        Instant stalestAt = Instant.MAX;
        for (Map.Entry<String, FailingSource> entry : failingSources.entrySet()) {
            if (entry.getValue().last().isBefore(stalestAt)) {
                stalest = entry.getKey();
                stalestAt = entry.getValue().last();
            }
        }
        failingSources.remove(stalest);
    }

    private void prune(LocalDate day, LearningPolicy policy) {
        LocalDate horizon = day.minusDays(Math.max(1, policy.orgRetention().toDays()));
        for (Iterator<Seen> it = countries.values().iterator(); it.hasNext(); ) {
            if (it.next().last().isBefore(horizon)) {
                it.remove();
            }
        }
        for (Iterator<Seen> it = asns.values().iterator(); it.hasNext(); ) {
            if (it.next().last().isBefore(horizon)) {
                it.remove();
            }
        }
        prunedOn = day;
    }

    /** Approximate number of users who have the country in their baseline. */
    public int usersWithCountry(String country) {
        Seen seen = countries.get(country);
        return seen == null ? 0 : seen.count();
    }

    /** Approximate number of users who have the autonomous system in their baseline. */
    public int usersWithAsn(Long asn) {
        Seen seen = asns.get(asn);
        return seen == null ? 0 : seen.count();
    }

    /** Distinct users that failed from this source IP in the window of the given length ending at the instant. */
    public int failingUsersFrom(String ip, Instant at, Duration window) {
        FailingSource source = failingSources.get(ip);
        return source == null ? 0 : source.failedWithin(at, window);
    }

    /**
     * Distinct users that signed in successfully from this source IP in the window ending at the instant; counted only
     * for sources that have failed lately (0 otherwise), and up to four times {@link LearningPolicy#maxFailures()}.
     */
    public int succeedingUsersFrom(String ip, Instant at, Duration window) {
        FailingSource source = failingSources.get(ip);
        return source == null ? 0 : source.succeededWithin(at, window);
    }

    public @Nullable FailingSource failingSource(String ip) {
        return failingSources.get(ip);
    }

    public Map<String, Seen> countries() {
        return Collections.unmodifiableMap(countries);
    }

    public Map<Long, Seen> asns() {
        return Collections.unmodifiableMap(asns);
    }

    public Map<String, FailingSource> failingSources() {
        return Collections.unmodifiableMap(failingSources);
    }
}
