package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import java.util.List;

/** The full set of detectors, in the order their sentences appear in an explanation. */
public final class Detectors {

    private Detectors() {}

    public static List<Detector> all(DetectionProperties properties) {
        return List.of(
                new RootOrBreakGlassDetector(properties),
                new ServiceAccountInteractiveDetector(properties),
                new NewCountryDetector(properties),
                new NewLocationDetector(properties),
                new ImpossibleTravelDetector(properties),
                new SessionReplayDetector(properties),
                new AnonymizingNetworkDetector(properties),
                new NewAsnDetector(properties),
                new NewDeviceDetector(properties),
                new NewApplicationDetector(properties),
                new NewAccessPathDetector(properties),
                new NoMfaDetector(properties),
                new FailuresThenSuccessDetector(properties),
                new PasswordSprayDetector(properties),
                new MfaFatigueDetector(properties),
                new DormantAccountDetector(properties),
                new UnusualHourDetector(properties));
    }
}
