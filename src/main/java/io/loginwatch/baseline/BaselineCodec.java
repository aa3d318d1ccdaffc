package io.loginwatch.baseline;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serializes baselines and the organization profile to the JSON kept between runs (and shown by the baseline API).
 * The round trip is exact: {@code toJson(fromJson(json))} equals {@code json} for anything {@code toJson} wrote.
 */
public final class BaselineCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private BaselineCodec() {}

    public static String toJson(Baseline baseline) {
        return MAPPER.writeValueAsString(baseline);
    }

    public static Baseline fromJson(String json) {
        return MAPPER.readValue(json, Baseline.class);
    }

    public static String toJson(OrgProfile profile) {
        return MAPPER.writeValueAsString(profile);
    }

    public static OrgProfile orgFromJson(String json) {
        return MAPPER.readValue(json, OrgProfile.class);
    }
}
