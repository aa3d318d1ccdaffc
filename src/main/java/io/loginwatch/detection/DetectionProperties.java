package io.loginwatch.detection;

import io.loginwatch.baseline.LearningPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Engine settings ({@code loginwatch.detection.*}). Every default lives in one place, the {@code @DefaultValue} of its
 * component; {@link #defaults()} binds an empty configuration, so code and documentation cannot drift apart. The
 * scoring model is explained with a worked example in {@code docs/scoring.md}.
 *
 * @param interval how often the scheduled engine runs (default 30s)
 * @param schedulerEnabled whether the engine runs on a schedule (default true)
 * @param batchSize sign-ins scored per transaction (default 5000)
 * @param learningSignIns novelty signals (NEW_*, UNUSUAL_HOUR) stay silent while the user's baseline holds fewer
 *     successful sign-ins than this (default 10)
 * @param learningPeriod ... or less history than this since the first one (default 7d)
 * @param travelSpeedKmh IMPOSSIBLE_TRAVEL: speed above which travel between sign-ins is impossible (default 900 km/h,
 *     an airliner)
 * @param travelMinDistanceKm IMPOSSIBLE_TRAVEL: shorter hops (after the accuracy allowance) never count (default 500)
 * @param unknownAccuracyKm accuracy radius assumed for a location that does not state one (default 25 km)
 * @param newLocationRadiusKm NEW_LOCATION: a sign-in farther than this from every known place of the user, after the
 *     accuracy allowance, is in a new location (default 300 km)
 * @param placeMergeKm sign-ins within this distance of a known place count as that place (default 50 km)
 * @param baselineRetention values not seen for this long leave the baseline (default 90d)
 * @param baselineMaxValues most values kept per kind: countries, ASNs, devices, applications, access paths (default
 *     12)
 * @param baselineMaxPlaces most known places kept per user (default 8)
 * @param baselineRecentVisits recent visits kept per user for travel checks, including late events (default 3)
 * @param hourHalfLife UNUSUAL_HOUR: the hour-of-week histogram is halved at least this often, and whenever it holds
 *     more than 336 sign-ins (default 90d)
 * @param unusualHourMinSignIns UNUSUAL_HOUR: sign-ins the histogram must hold before it judges (default 20)
 * @param unusualHourMaxShare UNUSUAL_HOUR: fires when the hour of day (±2 h, all days) holds less than this share of
 *     the user's sign-ins and the same hour of the week (±1 h) holds none (default 0.02)
 * @param mfaHabitMinSignIns NO_MFA: successes that reported MFA before the user counts as an MFA user (default 5)
 * @param mfaHabitMinShare NO_MFA: ... and the share of recent successes that used MFA (default 0.8)
 * @param bruteForceFailures FAILURES_THEN_SUCCESS: failures on one user within the window before a success (default
 *     5)
 * @param bruteForceWindow FAILURES_THEN_SUCCESS: the window (default 30m)
 * @param sprayMinUsers PASSWORD_SPRAY: distinct users a source IP failed on within the window before a success from it
 *     (default 10)
 * @param sprayWindow PASSWORD_SPRAY: the window (default 1h)
 * @param sprayMaxSuccessRatio PASSWORD_SPRAY: ... and fewer distinct users than this ratio times the failing ones
 *     succeeded from it in the window (default 0.5)
 * @param spraySourcesMax PASSWORD_SPRAY: most failing source IPs tracked organization-wide (default 5000)
 * @param mfaFatigueDenials MFA_FATIGUE: MFA denials or timeouts within the window before an approval (default 3)
 * @param mfaFatigueWindow MFA_FATIGUE: the window (default 30m)
 * @param dormantAfter DORMANT_ACCOUNT: silence after which a successful sign-in is suspicious (default 30d)
 * @param sessionReplayMinDistanceKm SESSION_REPLAY: distance between two uses of one session id, after the accuracy
 *     allowance, that means two places (default 300 km)
 * @param sessionWindow SESSION_REPLAY: how long a session id is remembered (default 24h)
 * @param baselineMaxSessions SESSION_REPLAY: most session ids remembered per user (default 4)
 * @param breakGlassAccounts ROOT_OR_BREAK_GLASS: emergency account names, compared lower-cased (default none)
 * @param orgCommonMinUsers a country or ASN in at least this many users' baselines is common in the organization
 *     (default 3)
 * @param orgCommonFactor NEW_COUNTRY / NEW_ASN weights are multiplied by this when the value is common in the
 *     organization (default 0.5)
 * @param orgRetention organization-wide values nobody used for this long are forgotten (default 180d)
 * @param orgMaxValues most organization-wide values kept per kind (default 5000)
 * @param scoreCombination how signal weights combine into the score (default PROBABILISTIC)
 * @param severityMedium lowest score that is MEDIUM; below it a suspicious sign-in is LOW (default 45)
 * @param severityHigh lowest score that is HIGH (default 65)
 * @param severityCritical lowest score that is CRITICAL (default 85)
 * @param weights weight (0-100) of each signal ({@code loginwatch.detection.weights.*})
 */
@Validated
@ConfigurationProperties("loginwatch.detection")
public record DetectionProperties(
        @DefaultValue("30s") @NotNull Duration interval,
        @DefaultValue("true") boolean schedulerEnabled,
        @DefaultValue("5000") @Positive int batchSize,
        @DefaultValue("10") @Min(0) int learningSignIns,
        @DefaultValue("7d") @NotNull Duration learningPeriod,
        @DefaultValue("900") @Positive double travelSpeedKmh,
        @DefaultValue("500") @Positive double travelMinDistanceKm,
        @DefaultValue("25") @Min(0) double unknownAccuracyKm,
        @DefaultValue("300") @Positive double newLocationRadiusKm,
        @DefaultValue("50") @Positive double placeMergeKm,
        @DefaultValue("90d") @NotNull Duration baselineRetention,
        @DefaultValue("12") @Min(1) int baselineMaxValues,
        @DefaultValue("8") @Min(1) int baselineMaxPlaces,
        @DefaultValue("3") @Min(1) int baselineRecentVisits,
        @DefaultValue("90d") @NotNull Duration hourHalfLife,
        @DefaultValue("20") @Min(1) int unusualHourMinSignIns,

        @DefaultValue("0.02") @DecimalMin("0") @DecimalMax("1")
        double unusualHourMaxShare,

        @DefaultValue("5") @Min(1) int mfaHabitMinSignIns,

        @DefaultValue("0.8") @DecimalMin("0") @DecimalMax("1")
        double mfaHabitMinShare,

        @DefaultValue("5") @Min(1) int bruteForceFailures,
        @DefaultValue("30m") @NotNull Duration bruteForceWindow,
        @DefaultValue("10") @Min(2) int sprayMinUsers,
        @DefaultValue("1h") @NotNull Duration sprayWindow,
        @DefaultValue("0.5") @DecimalMin("0") double sprayMaxSuccessRatio,
        @DefaultValue("5000") @Min(1) int spraySourcesMax,
        @DefaultValue("3") @Min(1) int mfaFatigueDenials,
        @DefaultValue("30m") @NotNull Duration mfaFatigueWindow,
        @DefaultValue("30d") @NotNull Duration dormantAfter,
        @DefaultValue("300") @Positive double sessionReplayMinDistanceKm,
        @DefaultValue("24h") @NotNull Duration sessionWindow,
        @DefaultValue("4") @Min(1) int baselineMaxSessions,
        @DefaultValue({}) @NotNull List<String> breakGlassAccounts,
        @DefaultValue("3") @Min(1) int orgCommonMinUsers,

        @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1")
        double orgCommonFactor,

        @DefaultValue("180d") @NotNull Duration orgRetention,
        @DefaultValue("5000") @Min(1) int orgMaxValues,
        @DefaultValue("PROBABILISTIC") @NotNull ScoreCombination scoreCombination,
        @DefaultValue("45") @Min(1) @Max(100) int severityMedium,
        @DefaultValue("65") @Min(1) @Max(100) int severityHigh,
        @DefaultValue("85") @Min(1) @Max(100) int severityCritical,
        @DefaultValue @Valid @NotNull Weights weights) {

    private static final String PREFIX = "loginwatch.detection";

    @ConstructorBinding
    public DetectionProperties {
        breakGlassAccounts = breakGlassAccounts.stream()
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .toList();
    }

    /**
     * The engine settings of the first version, everything else at its default. Kept so code written against the
     * original seven components still compiles.
     */
    public DetectionProperties(
            Duration interval,
            boolean schedulerEnabled,
            int batchSize,
            int learningSignIns,
            Duration learningPeriod,
            double travelSpeedKmh,
            double travelMinDistanceKm) {
        this(
                interval,
                schedulerEnabled,
                batchSize,
                learningSignIns,
                learningPeriod,
                travelSpeedKmh,
                travelMinDistanceKm,
                Defaults.VALUES.unknownAccuracyKm(),
                Defaults.VALUES.newLocationRadiusKm(),
                Defaults.VALUES.placeMergeKm(),
                Defaults.VALUES.baselineRetention(),
                Defaults.VALUES.baselineMaxValues(),
                Defaults.VALUES.baselineMaxPlaces(),
                Defaults.VALUES.baselineRecentVisits(),
                Defaults.VALUES.hourHalfLife(),
                Defaults.VALUES.unusualHourMinSignIns(),
                Defaults.VALUES.unusualHourMaxShare(),
                Defaults.VALUES.mfaHabitMinSignIns(),
                Defaults.VALUES.mfaHabitMinShare(),
                Defaults.VALUES.bruteForceFailures(),
                Defaults.VALUES.bruteForceWindow(),
                Defaults.VALUES.sprayMinUsers(),
                Defaults.VALUES.sprayWindow(),
                Defaults.VALUES.sprayMaxSuccessRatio(),
                Defaults.VALUES.spraySourcesMax(),
                Defaults.VALUES.mfaFatigueDenials(),
                Defaults.VALUES.mfaFatigueWindow(),
                Defaults.VALUES.dormantAfter(),
                Defaults.VALUES.sessionReplayMinDistanceKm(),
                Defaults.VALUES.sessionWindow(),
                Defaults.VALUES.baselineMaxSessions(),
                Defaults.VALUES.breakGlassAccounts(),
                Defaults.VALUES.orgCommonMinUsers(),
                Defaults.VALUES.orgCommonFactor(),
                Defaults.VALUES.orgRetention(),
                Defaults.VALUES.orgMaxValues(),
                Defaults.VALUES.scoreCombination(),
                Defaults.VALUES.severityMedium(),
                Defaults.VALUES.severityHigh(),
                Defaults.VALUES.severityCritical(),
                Defaults.VALUES.weights());
    }

    /** Every setting at its documented default. */
    public static DetectionProperties defaults() {
        return Defaults.VALUES;
    }

    /** Binds {@code loginwatch.detection.*} from a binder (what Spring does; handy for tools and tests). */
    public static DetectionProperties bind(Binder binder) {
        return binder.bindOrCreate(PREFIX, Bindable.of(DetectionProperties.class));
    }

    /** The bounds and memory of baselines and the organization profile these settings imply. */
    public LearningPolicy learningPolicy() {
        Duration failureMemory = bruteForceWindow;
        if (sprayWindow.compareTo(failureMemory) > 0) {
            failureMemory = sprayWindow;
        }
        if (mfaFatigueWindow.compareTo(failureMemory) > 0) {
            failureMemory = mfaFatigueWindow;
        }
        int maxFailures = Math.max(16, Math.max(sprayMinUsers, Math.max(bruteForceFailures, mfaFatigueDenials)));
        return new LearningPolicy(
                baselineRetention,
                baselineMaxValues,
                baselineMaxPlaces,
                placeMergeKm,
                baselineRecentVisits,
                baselineMaxSessions,
                sessionWindow,
                hourHalfLife,
                failureMemory,
                maxFailures,
                orgRetention,
                orgMaxValues,
                spraySourcesMax);
    }

    /**
     * Weight (0-100) of each signal in the risk score ({@code loginwatch.detection.weights.*}). With the default
     * PROBABILISTIC combination a weight is "how sure this signal alone makes us", in percent.
     *
     * @param newCountry NEW_COUNTRY (default 30)
     * @param newLocation NEW_LOCATION (default 15)
     * @param impossibleTravel IMPOSSIBLE_TRAVEL (default 60)
     * @param newDevice NEW_DEVICE (default 15)
     * @param newAsn NEW_ASN (default 15)
     * @param newApplication NEW_APPLICATION (default 10)
     * @param newAccessPath NEW_ACCESS_PATH (default 20)
     * @param anonymizingNetwork ANONYMIZING_NETWORK for VPN, hosting and proxy networks (default 25)
     * @param torNetwork ANONYMIZING_NETWORK for Tor exit nodes (default 50)
     * @param unusualHour UNUSUAL_HOUR (default 10)
     * @param noMfa NO_MFA, success without MFA by an MFA user or over a legacy protocol (default 35)
     * @param failuresThenSuccess FAILURES_THEN_SUCCESS (default 45)
     * @param passwordSpray PASSWORD_SPRAY (default 60)
     * @param mfaFatigue MFA_FATIGUE (default 65)
     * @param dormantAccount DORMANT_ACCOUNT (default 25)
     * @param sessionReplay SESSION_REPLAY (default 65)
     * @param rootOrBreakGlass ROOT_OR_BREAK_GLASS (default 60)
     * @param serviceAccountInteractive SERVICE_ACCOUNT_INTERACTIVE (default 45)
     */
    public record Weights(
            @DefaultValue("30") @Min(0) @Max(100) int newCountry,
            @DefaultValue("15") @Min(0) @Max(100) int newLocation,
            @DefaultValue("60") @Min(0) @Max(100) int impossibleTravel,
            @DefaultValue("15") @Min(0) @Max(100) int newDevice,
            @DefaultValue("15") @Min(0) @Max(100) int newAsn,
            @DefaultValue("10") @Min(0) @Max(100) int newApplication,
            @DefaultValue("20") @Min(0) @Max(100) int newAccessPath,
            @DefaultValue("25") @Min(0) @Max(100) int anonymizingNetwork,
            @DefaultValue("50") @Min(0) @Max(100) int torNetwork,
            @DefaultValue("10") @Min(0) @Max(100) int unusualHour,
            @DefaultValue("35") @Min(0) @Max(100) int noMfa,
            @DefaultValue("45") @Min(0) @Max(100) int failuresThenSuccess,
            @DefaultValue("60") @Min(0) @Max(100) int passwordSpray,
            @DefaultValue("65") @Min(0) @Max(100) int mfaFatigue,
            @DefaultValue("25") @Min(0) @Max(100) int dormantAccount,
            @DefaultValue("65") @Min(0) @Max(100) int sessionReplay,
            @DefaultValue("60") @Min(0) @Max(100) int rootOrBreakGlass,
            @DefaultValue("45") @Min(0) @Max(100) int serviceAccountInteractive) {}

    /** Holder so the defaults are bound once, lazily, from the annotations above. */
    private static final class Defaults {
        static final DetectionProperties VALUES = bind(new Binder());
    }
}
