package io.loginwatch.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.loginwatch.shared.SignIn;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Organization-wide context the engine keeps next to per-user baselines (how common a country or network is across
 * all users, recent failures per source IP ...). One instance, persisted as JSON between runs, bounded in size.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class OrgProfile {

    private Map<String, Long> countryUsers = new LinkedHashMap<>();

    public static OrgProfile empty() {
        return new OrgProfile();
    }

    /** Learns from one sign-in of any outcome. */
    public void learn(SignIn signIn) {
        if (signIn.isSuccess() && signIn.geo().country() != null) {
            countryUsers.merge(signIn.geo().country(), 1L, Long::sum);
        }
    }

    public long signInsFromCountry(String country) {
        return countryUsers.getOrDefault(country, 0L);
    }
}
