package io.loginwatch.detection.signals;

import io.loginwatch.baseline.HourHistogram;
import io.loginwatch.baseline.Place;
import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Geo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * UNUSUAL_HOUR: a successful sign-in at an hour the user practically never signs in at, judged on the user's UTC
 * hour-of-week histogram ({@link HourHistogram} explains why UTC). Fires when the histogram holds at least {@code
 * unusualHourMinSignIns} sign-ins, the same hour of the same weekday (±1 h) holds none, and the same hour on any day
 * (±2 h) holds less than {@code unusualHourMaxShare} of them; so a weekday worker checking mail on Saturday morning is
 * fine, a 03:00 sign-in is not.
 *
 * <p>A traveller keeps their habits in local time: when the sign-in comes from somewhere else, its hour is first moved
 * by the difference between the solar time zones ({@code round(longitude / 15)}) of that place and of the user's usual
 * place, so 09:00 in London is judged like 09:00 at home in Seattle. Solar zones can be an hour off the legal ones;
 * the ±1 h neighbourhood absorbs that, as it absorbs daylight-saving shifts.
 */
final class UnusualHourDetector implements Detector {

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private final int weight;
    private final int minSignIns;
    private final double maxShare;

    UnusualHourDetector(DetectionProperties properties) {
        this.weight = properties.weights().unusualHour();
        this.minSignIns = properties.unusualHourMinSignIns();
        this.maxShare = properties.unusualHourMaxShare();
    }

    /** Hours between the solar time zone of the sign-in's place and that of the user's usual place. */
    private static int localShift(Observation o) {
        Geo geo = o.signIn().geo();
        if (!geo.hasCoordinates()) {
            return 0;
        }
        Place home = o.baseline().homePlace();
        if (home == null) {
            return 0;
        }
        return solarZone(geo.longitude()) - solarZone(home.longitude());
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static int solarZone(double longitude) {
        return (int) Math.round(longitude / 15.0);
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        if (!o.novelty()) {
            return;
        }
        HourHistogram hours = o.baseline().hours();
        int total = hours.total();
        if (total < minSignIns) {
            return;
        }
        int shift = localShift(o);
        int hourOfWeek = Math.floorMod(HourHistogram.hourOfWeek(o.at()) + shift, HourHistogram.HOURS_PER_WEEK);
        if (hours.countAround(hourOfWeek, 1) > 0) {
            return;
        }
        int hourOfDay = hourOfWeek % 24;
        int atHour = hours.countAtHourOfDay(hourOfDay, 2);
        double share = atHour / (double) total;
        if (share >= maxShare) {
            return;
        }
        int busiest = hours.busiestHourOfDay();
        int utcHourOfWeek = HourHistogram.hourOfWeek(o.at());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("hourUtc", utcHourOfWeek % 24);
        evidence.put("dayOfWeek", DAYS[utcHourOfWeek / 24]);
        if (shift != 0) {
            evidence.put("localShiftHours", shift);
            evidence.put("comparedAtHourUtc", hourOfDay);
        }
        evidence.put("shareAtHour", Math.round(share * 1000) / 1000.0);
        evidence.put("histogramTotal", total);
        evidence.put("busiestHourUtc", busiest);
        String time = o.at().toString().substring(11, 16);
        Place home = o.baseline().homePlace();
        StringBuilder summary = new StringBuilder("Signed in at ")
                .append(time)
                .append(" UTC on ")
                .append(DAYS[utcHourOfWeek / 24]);
        if (home != null && o.signIn().geo().hasCoordinates()) {
            int localMinutes = Math.floorMod(
                    (int) (Math.floorMod(o.at().getEpochSecond(), 86_400L) / 60)
                            + 60 * solarZone(o.signIn().geo().longitude()),
                    1440);
            summary.append(" (about ")
                    .append(twoDigits(localMinutes / 60))
                    .append(':')
                    .append(twoDigits(localMinutes % 60))
                    .append(" local time); ")
                    .append(o.user())
                    .append(" almost never signs in at that hour (")
                    .append(Text.percent(share))
                    .append(" of ")
                    .append(total)
                    .append(" recent sign-ins; usually around ")
                    .append(twoDigits(Math.floorMod(busiest + solarZone(home.longitude()), 24)))
                    .append(":00 local time).");
        } else {
            summary.append("; ")
                    .append(o.user())
                    .append(" almost never signs in at that hour (")
                    .append(Text.percent(share))
                    .append(" of ")
                    .append(total)
                    .append(" recent sign-ins; usually around ")
                    .append(twoDigits(busiest))
                    .append(":00 UTC).");
        }
        sink.add(SignalType.UNUSUAL_HOUR, weight, summary.toString(), evidence);
    }
}
