package io.loginwatch.detection.signals;

/**
 * Checks one sign-in for one signal. Implementations are pure: they read the observation (the sign-in, its user's
 * baseline before learning it, the organization profile) and add at most one signal to the sink. They never mutate the
 * baseline or the profile, and they allocate nothing on the path where the signal does not fire.
 */
public interface Detector {

    void detect(Observation observation, SignalSink sink);
}
