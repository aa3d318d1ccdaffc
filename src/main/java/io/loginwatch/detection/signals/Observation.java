package io.loginwatch.detection.signals;

import io.loginwatch.baseline.Baseline;
import io.loginwatch.baseline.OrgProfile;
import io.loginwatch.shared.SignIn;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One sign-in as the detectors see it: with its user's baseline (before learning it) and the organization profile. */
public final class Observation {

    private final SignIn signIn;
    private final Baseline baseline;
    private final OrgProfile org;
    private final boolean sessionSuccess;
    private final boolean learning;
    private @Nullable String deviceKey;
    private boolean deviceKeyKnown;

    /**
     * @param learning whether the user's baseline is still in its learning period (novelty signals stay silent)
     */
    public Observation(SignIn signIn, Baseline baseline, OrgProfile org, boolean learning) {
        this.signIn = signIn;
        this.baseline = baseline;
        this.org = org;
        this.sessionSuccess = signIn.isSuccess() && signIn.kind().opensSession();
        this.learning = learning;
    }

    public SignIn signIn() {
        return signIn;
    }

    public Baseline baseline() {
        return baseline;
    }

    public OrgProfile org() {
        return org;
    }

    public Instant at() {
        return signIn.occurredAt();
    }

    public String user() {
        return signIn.user().name();
    }

    /** A successful sign-in that opens a session (login, SSO, role assumption, token): what most signals judge. */
    public boolean sessionSuccess() {
        return sessionSuccess;
    }

    /** Whether the user's baseline is still learning. */
    public boolean learning() {
        return learning;
    }

    /** Whether novelty signals (NEW_*, UNUSUAL_HOUR) may fire: a session success past the learning period. */
    public boolean novelty() {
        return sessionSuccess && !learning;
    }

    /** {@link Baseline#deviceKey} of the sign-in's device, computed once. */
    public @Nullable String deviceKey() {
        if (!deviceKeyKnown) {
            deviceKey = Baseline.deviceKey(signIn.device());
            deviceKeyKnown = true;
        }
        return deviceKey;
    }
}
