package io.loginwatch.detection.signals;

import java.util.Locale;

/** Number and duration wording for signal summaries (used only when a signal fires). */
final class Text {

    private Text() {}

    /** Rounds for reading: units below 100, tens below 1,000, hundreds above. */
    static long roundForReading(double value) {
        if (value < 100) {
            return Math.round(value);
        }
        if (value < 1000) {
            return Math.round(value / 10) * 10;
        }
        return Math.round(value / 100) * 100;
    }

    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String km(double km) {
        return grouped(roundForReading(km)) + " km";
    }

    static String kmh(double kmh) {
        return grouped(roundForReading(kmh)) + " km/h";
    }

    static String elapsed(long seconds) {
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 1) {
            return "under a minute";
        }
        if (minutes == 1) {
            return "1 minute";
        }
        if (minutes < 120) {
            return minutes + " minutes";
        }
        long hours = Math.round(seconds / 3600.0);
        if (hours < 48) {
            return hours + " hours";
        }
        return Math.round(seconds / 86_400.0) + " days";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String minutes(java.time.Duration duration) {
        return elapsed(duration.getSeconds());
    }
}
