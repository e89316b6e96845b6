package dev.parley.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a run's result as JSON, as a Markdown section and (where rows carry rates and percentiles) as a PNG chart. */
public final class Report {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {
    }

    public static double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return Math.round(value * 100) / 100.0;
    }

    /** Writes {@code <scenario>.json}, {@code .md} and {@code .png} into {@code dir}; returns the Markdown. */
    public static String write(Result result, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(result.name + ".json"), JSON.writeValueAsString(result));
        boolean charted = Chart.write(result, dir.resolve(result.name + ".png"));
        String markdown = markdown(result, charted);
        Files.writeString(dir.resolve(result.name + ".md"), markdown);
        return markdown;
    }

    static String markdown(Result result, boolean charted) {
        StringBuilder md = new StringBuilder();
        md.append("### `").append(result.name).append("` — run of ").append(result.startedAt).append("\n\n");
        md.append("Machine: ");
        List<String> facts = new ArrayList<>();
        result.machine.forEach((key, value) -> facts.add(key + " " + value));
        md.append(String.join("; ", facts)).append(".\n\n");
        md.append("Parameters: ");
        List<String> params = new ArrayList<>();
        result.parameters.forEach((key, value) -> params.add("`" + key + "=" + value + "`"));
        md.append(String.join(", ", params)).append(".\n\n");
        table(md, result.rows);
        if (!result.targets.isEmpty()) {
            md.append("\nTargets:\n\n");
            table(md, result.targets);
        }
        if (charted) {
            md.append("\n![").append(result.scenario).append(" latency percentiles against rate](")
              .append(result.name).append(".png)\n");
        }
        if (!result.notes.isEmpty()) {
            md.append('\n');
            result.notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<Map<String, Object>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        md.append('|');
        columns.forEach(column -> md.append(' ').append(column).append(" |"));
        md.append("\n|");
        columns.forEach(column -> md.append("---|"));
        md.append('\n');
        for (Map<String, Object> row : rows) {
            md.append('|');
            for (String column : columns) {
                Object value = row.get(column);
                md.append(' ').append(value == null ? "" : value).append(" |");
            }
            md.append('\n');
        }
    }
}
