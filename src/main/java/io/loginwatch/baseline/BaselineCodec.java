package io.loginwatch.baseline;

import tools.jackson.databind.json.JsonMapper;

/** Serializes baselines to the JSON kept in the {@code user_baseline} table. */
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
