package dev.parley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of the load generator: {@code --name value} or {@code --name=value} pairs. */
public final class Options {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Object> used = new LinkedHashMap<>();

    public static Options parse(String[] args, int from) {
        Options options = new Options();
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                options.values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.values.put(name, args[++i]);
            } else {
                options.values.put(name, "true");
            }
        }
        return options;
    }

    public String string(String name, String fallback) {
        String value = values.getOrDefault(name, fallback);
        remember(name, value);
        return value;
    }

    public int integer(String name, int fallback) {
        int value = Integer.parseInt(values.getOrDefault(name, Integer.toString(fallback)).replace("_", ""));
        remember(name, value);
        return value;
    }

    public Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }

    public List<Integer> integers(String name, String fallback) {
        List<Integer> list = new ArrayList<>();
        for (String part : values.getOrDefault(name, fallback).split(",")) {
            if (!part.isBlank()) {
                list.add(Integer.parseInt(part.trim().replace("_", "")));
            }
        }
        remember(name, list);
        return list;
    }

    public List<String> strings(String name) {
        String raw = values.get(name);
        return raw == null || raw.isBlank() ? List.of() : List.of(raw.split(","));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The scenario parameters actually read, with their effective values, for the report. */
    public Map<String, Object> used() {
        return used;
    }

    private void remember(String name, Object value) {
        used.put(name, value);
    }
}
