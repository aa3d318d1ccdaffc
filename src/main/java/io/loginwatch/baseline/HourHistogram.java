package io.loginwatch.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Successful sign-ins per UTC hour of the week (168 buckets), small counts that decay.
 *
 * <p>UTC rather than an inferred local time zone: for one user, the UTC histogram is the local one rotated by the
 * user's offset, and rotation does not change which hours are rare; the one-hour daylight-saving shift is absorbed by
 * looking at neighbouring hours. (A sign-in from another time zone is moved by the solar-zone difference before it is
 * compared: see the UNUSUAL_HOUR detector.) Buckets hold 0-35 and are written as one base-36 digit per hour, one 24-character
 * string per day ({@code "mon":"000000001355531000000000"}), so the histogram is small and readable as a heat map.
 * All buckets are halved (rounding down, so rare hours drop out) when the histogram holds more than {@value
 * #MAX_TOTAL} sign-ins, when one bucket would overflow, and every {@link LearningPolicy#hourHalfLife()}: it keeps
 * roughly the last 200-400 sign-ins' worth of habits, and old habits fade.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"halvedOn", "utc"})
public final class HourHistogram {

    public static final int HOURS_PER_WEEK = 168;
    private static final int MAX_BUCKET = 35;
    /** Halve once the histogram holds more than this many sign-ins (two per hour of the week on average). */
    public static final int MAX_TOTAL = 2 * HOURS_PER_WEEK;

    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private final byte[] buckets = new byte[HOURS_PER_WEEK];
    private int total;

    @JsonProperty("halvedOn")
    private @Nullable LocalDate halvedOn;

    /** Hour of the week (0 = Monday 00:00-00:59 UTC ... 167 = Sunday 23:00 UTC) of an instant. */
    public static int hourOfWeek(Instant at) {
        long seconds = at.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400L);
        int dayOfWeek = (int) Math.floorMod(day + 3, 7L); // 1970-01-01 was a Thursday
        int hour = (int) (Math.floorMod(seconds, 86_400L) / 3600);
        return dayOfWeek * 24 + hour;
    }

    public int count(int hourOfWeek) {
        return buckets[Math.floorMod(hourOfWeek, HOURS_PER_WEEK)];
    }

    /** Sum of all buckets. */
    public int total() {
        return total;
    }

    /** Sum over every day of the week of the given UTC hour of day and its neighbours {@code radius} hours away. */
    public int countAtHourOfDay(int hourOfDay, int radius) {
        int sum = 0;
        for (int day = 0; day < 7; day++) {
            for (int h = hourOfDay - radius; h <= hourOfDay + radius; h++) {
                sum += buckets[Math.floorMod(day * 24 + h, HOURS_PER_WEEK)];
            }
        }
        return sum;
    }

    /** Sum of the given hour of the week and its neighbours {@code radius} hours away. */
    public int countAround(int hourOfWeek, int radius) {
        int sum = 0;
        for (int h = hourOfWeek - radius; h <= hourOfWeek + radius; h++) {
            sum += buckets[Math.floorMod(h, HOURS_PER_WEEK)];
        }
        return sum;
    }

    /** The UTC hour of day with the most sign-ins, or -1 when empty. */
    public int busiestHourOfDay() {
        int best = -1;
        int bestCount = 0;
        for (int hour = 0; hour < 24; hour++) {
            int sum = countAtHourOfDay(hour, 0);
            if (sum > bestCount) {
                best = hour;
                bestCount = sum;
            }
        }
        return best;
    }

    void add(Instant at, LocalDate day, LearningPolicy policy) {
        if (halvedOn == null) {
            halvedOn = day;
        } else if (!day.isBefore(
                halvedOn.plusDays(Math.max(1, policy.hourHalfLife().toDays())))) {
            halve();
            halvedOn = day;
        }
        int index = hourOfWeek(at);
        if (buckets[index] >= MAX_BUCKET || total >= MAX_TOTAL) {
            halve();
        }
        buckets[index]++;
        total++;
    }

    private void halve() {
        int sum = 0;
        for (int i = 0; i < HOURS_PER_WEEK; i++) {
            buckets[i] = (byte) (buckets[i] >> 1);
            sum += buckets[i];
        }
        total = sum;
    }

    public @Nullable LocalDate halvedOn() {
        return halvedOn;
    }

    @JsonProperty("utc")
    Map<String, String> days() {
        Map<String, String> days = new LinkedHashMap<>();
        char[] line = new char[24];
        for (int day = 0; day < 7; day++) {
            boolean any = false;
            for (int hour = 0; hour < 24; hour++) {
                int value = buckets[day * 24 + hour];
                any |= value != 0;
                line[hour] = DIGITS[value];
            }
            if (any) {
                days.put(DAYS[day], new String(line));
            }
        }
        return days;
    }

    @JsonProperty("utc")
    void days(Map<String, String> days) {
        java.util.Arrays.fill(buckets, (byte) 0);
        total = 0;
        for (int day = 0; day < 7; day++) {
            String line = days.get(DAYS[day]);
            if (line == null) {
                continue;
            }
            for (int hour = 0; hour < 24 && hour < line.length(); hour++) {
                int value = Character.digit(line.charAt(hour), 36);
                if (value > 0) {
                    buckets[day * 24 + hour] = (byte) Math.min(MAX_BUCKET, value);
                    total += buckets[day * 24 + hour];
                }
            }
        }
    }
}
