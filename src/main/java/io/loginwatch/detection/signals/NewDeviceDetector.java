package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NEW_DEVICE: a successful sign-in from a device (source device id, else browser and OS family, else raw user agent)
 * the user's baseline does not hold. Silent against a baseline that holds no device at all (the source never sent
 * one).
 */
final class NewDeviceDetector implements Detector {

    private final int weight;

    NewDeviceDetector(DetectionProperties properties) {
        this.weight = properties.weights().newDevice();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        if (!o.novelty()) {
            return;
        }
        String device = o.deviceKey();
        if (device == null || o.baseline().deviceCount() == 0 || o.baseline().knowsDevice(device)) {
            return;
        }
        var known = o.baseline().devices();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("seen", device);
        evidence.put("known", NoveltyDetectors.top(known));
        if (o.signIn().device().userAgent() != null) {
            evidence.put("userAgent", o.signIn().device().userAgent());
        }
        String summary = "New device for " + o.user() + ": " + device + " (" + known.size() + " known).";
        sink.add(SignalType.NEW_DEVICE, weight, summary, evidence);
    }
}
