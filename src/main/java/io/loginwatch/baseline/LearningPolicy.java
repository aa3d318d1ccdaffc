package io.loginwatch.baseline;

import java.time.Duration;

/**
 * Bounds and memory of a {@link Baseline} and of the {@link OrgProfile}: how much is kept and for how long. Built by
 * the detection module from its configuration.
 *
 * @param retention values (countries, ASNs, devices, applications, access paths, places) not seen for this long are
 *     forgotten
 * @param maxValues most values kept per kind (countries, ASNs, devices, applications, access paths); the rarest and
 *     stalest is evicted first
 * @param maxPlaces most known places (clusters of sign-in locations) kept
 * @param placeMergeKm sign-ins closer than this to a known place or to the latest visit count as the same spot
 * @param recentVisits how many recent visits (place and time span) are kept for travel checks
 * @param maxSessions how many recent session ids are kept with the place and device that first used them
 * @param sessionWindow sessions first seen longer ago than this are forgotten
 * @param hourHalfLife the hour-of-week histogram is halved this often, so old habits fade
 * @param failureMemory failures older than this are forgotten (the longest brute-force / MFA-fatigue / spray window)
 * @param maxFailures most recent failures kept per user (and distinct users per failing source IP)
 * @param orgRetention organization-wide values not seen by anyone for this long are forgotten
 * @param orgMaxValues most organization-wide values kept per kind (countries, ASNs)
 * @param orgMaxSources most failing source IPs tracked for password-spray detection
 */
public record LearningPolicy(
        Duration retention,
        int maxValues,
        int maxPlaces,
        double placeMergeKm,
        int recentVisits,
        int maxSessions,
        Duration sessionWindow,
        Duration hourHalfLife,
        Duration failureMemory,
        int maxFailures,
        Duration orgRetention,
        int orgMaxValues,
        int orgMaxSources) {

    /** The defaults documented on {@code DetectionProperties}. */
    public static LearningPolicy defaults() {
        return new LearningPolicy(
                Duration.ofDays(90),
                12,
                8,
                50,
                3,
                4,
                Duration.ofHours(24),
                Duration.ofDays(90),
                Duration.ofHours(1),
                16,
                Duration.ofDays(180),
                5000,
                5000);
    }

    long retentionDays() {
        return Math.max(1, retention.toDays());
    }
}
