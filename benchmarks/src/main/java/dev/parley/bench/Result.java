package dev.parley.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario run produced: its parameters, one row per measured step or series, the targets
 * checked and free-text notes. Rows are ordered maps so that the JSON and the Markdown table keep the
 * column order the scenario chose.
 */
public final class Result {
    public final String scenario;
    public final String startedAt;
    /** Base name of the output files; scenarios with variants (group size, nodes) make it say which. */
    public String name;
    /** The column drawn on the chart's x axis, and its title: offered rate for open-loop runs, concurrency for closed-loop ones. */
    public String chartX = "rate_per_s";
    public String chartXTitle = "offered rate per second";
    public Map<String, Object> machine = new LinkedHashMap<>();
    public final Map<String, Object> parameters = new LinkedHashMap<>();
    public final List<Map<String, Object>> rows = new ArrayList<>();
    public final List<Map<String, Object>> targets = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();

    public Result(String scenario, String startedAt) {
        this.scenario = scenario;
        this.startedAt = startedAt;
        this.name = scenario;
    }

    /** Adds a row of figures; {@code series} names the line it belongs to on the chart (e.g. "parley", "jdbc ceiling"). */
    public Map<String, Object> row(String series) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("series", series);
        rows.add(row);
        return row;
    }

    /** Records a pending part: a row that says what could not run and why. */
    public void pending(String series, String why) {
        row(series).put("status", "pending merge: " + why);
    }

    public void target(String name, String goal, Object measured, Boolean met) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("target", name);
        target.put("goal", goal);
        target.put("measured", measured);
        target.put("met", met == null ? "not measured" : (met ? "yes" : "NO"));
        targets.add(target);
    }

    public void note(String text) {
        notes.add(text);
    }
}
