package io.loginwatch.source.workspace;

import io.loginwatch.source.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@code parameters[]} of one Reports API event, read from every typed slot: {@code value}, {@code multiValue},
 * {@code boolValue}, {@code intValue} (int64 as a string), {@code multiIntValue}, {@code messageValue.parameter[]}
 * and {@code multiMessageValue[].parameter[]} (nested parameters render as {@code name=value}).
 */
final class Parameters {

    private final Map<String, List<String>> values;

    private Parameters(Map<String, List<String>> values) {
        this.values = values;
    }

    static Parameters of(JsonNode event) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (JsonNode parameter : Json.array(event, "parameters")) {
            String name = Json.text(parameter, "name");
            if (name != null) {
                values.computeIfAbsent(name, key -> new ArrayList<>()).addAll(read(parameter));
            }
        }
        return new Parameters(values);
    }

    private static List<String> read(JsonNode parameter) {
        List<String> out = new ArrayList<>();
        for (String scalar : List.of("value", "boolValue", "intValue")) {
            String text = Json.text(parameter, scalar);
            if (text != null) {
                out.add(text);
            }
        }
        for (String multi : List.of("multiValue", "multiIntValue")) {
            for (JsonNode item : Json.array(parameter, multi)) {
                String text = Json.text(item);
                if (text != null) {
                    out.add(text);
                }
            }
        }
        out.addAll(nested(parameter.path("messageValue")));
        for (JsonNode message : Json.array(parameter, "multiMessageValue")) {
            out.addAll(nested(message));
        }
        return out;
    }

    private static List<String> nested(JsonNode message) {
        List<String> out = new ArrayList<>();
        for (JsonNode inner : Json.array(message, "parameter")) {
            String name = Json.text(inner, "name");
            for (String value : read(inner)) {
                out.add(name == null ? value : name + "=" + value);
            }
        }
        return out;
    }

    /** All values of a parameter (empty when absent). */
    List<String> all(String name) {
        return Collections.unmodifiableList(values.getOrDefault(name, List.of()));
    }

    /** The first value of a parameter, or null. */
    @Nullable
    String first(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    boolean has(String name) {
        return !all(name).isEmpty();
    }
}
