package io.loginwatch.detection;

import io.loginwatch.baseline.Baseline;
import io.loginwatch.baseline.BaselineCodec;
import io.loginwatch.baseline.OrgProfile;
import io.loginwatch.shared.SignIn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Feeds sign-ins through a model the way the engine does (assess, then learn), keeping one baseline per user and one
 * organization profile.
 */
public final class Scenario {

    private final BehaviorModel model;
    private final OrgProfile org = OrgProfile.empty();
    private final Map<String, Baseline> baselines = new HashMap<>();

    public Scenario(DetectionProperties properties) {
        this.model = new BehaviorModel(properties);
    }

    public Scenario() {
        this(DetectionProperties.defaults());
    }

    public BehaviorModel model() {
        return model;
    }

    public OrgProfile org() {
        return org;
    }

    public Baseline baseline(String user) {
        return baselines.computeIfAbsent(user, Baseline::empty);
    }

    /** Assesses then learns; returns the assessment. */
    public Assessment feed(SignIn signIn) {
        Baseline baseline = baseline(signIn.user().name());
        Assessment assessment = model.assess(signIn, baseline, org);
        model.learn(signIn, baseline, org);
        return assessment;
    }

    /** Assesses without learning. */
    public Assessment peek(SignIn signIn) {
        return model.assess(signIn, baseline(signIn.user().name()), org);
    }

    public List<Assessment> feedAll(List<SignIn> signIns) {
        List<Assessment> assessments = new ArrayList<>();
        for (SignIn signIn : signIns) {
            assessments.add(feed(signIn));
        }
        return assessments;
    }

    /**
     * Three weeks of ordinary life for the user: two console logins each weekday (09:00 and 13:00 Seattle time) from
     * Seattle on Comcast with the laptop and MFA, the second one varied by {@code vary}; returns the last instant.
     */
    public Instant warmUp(String user, UnaryOperator<SignIn.Builder> vary) {
        return warmUp(user, b -> b, vary);
    }

    /** Like {@link #warmUp(String, UnaryOperator)}, varying every sign-in. */
    public Instant warmUpEvery(String user, UnaryOperator<SignIn.Builder> vary) {
        return warmUp(user, vary, vary);
    }

    private Instant warmUp(String user, UnaryOperator<SignIn.Builder> morningVary, UnaryOperator<SignIn.Builder> vary) {
        Instant last = SignIns.T0;
        for (int day = 0; day < 21; day++) {
            Instant morning = SignIns.T0.plus(Duration.ofDays(day));
            int dayOfWeek = day % 7; // T0 is a Monday
            if (dayOfWeek >= 5) {
                continue;
            }
            feed(morningVary.apply(SignIns.login(user, morning)).build());
            last = morning.plus(Duration.ofHours(4));
            feed(vary.apply(SignIns.login(user, last)).build());
        }
        return last;
    }

    public Instant warmUp(String user) {
        return warmUp(user, b -> b);
    }

    public String json(String user) {
        return BaselineCodec.toJson(baseline(user));
    }
}
