package io.loginwatch.detection;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Detection settings for tests: the defaults, with some {@code loginwatch.detection.*} keys overridden. */
public final class TestProperties {

    private TestProperties() {}

    /** Overrides given as {@code "key", "value", ...} relative to {@code loginwatch.detection}. */
    public static DetectionProperties with(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put("loginwatch.detection." + keyValues[i], keyValues[i + 1]);
        }
        return DetectionProperties.bind(new Binder(new MapConfigurationPropertySource(map)));
    }
}
