package io.loginwatch.detection.signals;

import io.loginwatch.baseline.HourHistogram;
import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * UNUSUAL_HOUR: a successful sign-in at an hour the user practically never signs in at, judged on the user's UTC
 * hour-of-week histogram ({@link HourHistogram} explains why UTC). Fires when the histogram holds at least {@code
 * unusualHourMinSignIns} sign-ins, the same hour of the same weekday (±1 h) holds none, and the same hour on any day
 * (±1 h) holds less than {@code unusualHourMaxShare} of them; so a weekday worker checking mail on Saturday morning is
 * fine, a 03:00 sign-in is not.
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
        int hourOfWeek = HourHistogram.hourOfWeek(o.at());
        if (hours.countAround(hourOfWeek, 1) > 0) {
            return;
        }
        int hourOfDay = hourOfWeek % 24;
        int atHour = hours.countAtHourOfDay(hourOfDay, 1);
        double share = atHour / (double) total;
        if (share >= maxShare) {
            return;
        }
        int busiest = hours.busiestHourOfDay();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("hourUtc", hourOfDay);
        evidence.put("dayOfWeek", DAYS[hourOfWeek / 24]);
        evidence.put("shareAtHour", Math.round(share * 1000) / 1000.0);
        evidence.put("histogramTotal", total);
        evidence.put("busiestHourUtc", busiest);
        String time = o.at().toString().substring(11, 16);
        String summary = "Signed in at " + time + " UTC on " + DAYS[hourOfWeek / 24] + ", an hour at which " + o.user()
                + " almost never signs in (" + Text.percent(share) + " of " + total + " recent sign-ins; busiest hour "
                + (busiest < 10 ? "0" : "") + busiest + ":00 UTC).";
        sink.add(SignalType.UNUSUAL_HOUR, weight, summary, evidence);
    }
}
