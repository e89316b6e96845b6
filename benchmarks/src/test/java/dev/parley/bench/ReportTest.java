package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @Test
    void writes_json_markdown_and_a_chart_with_pending_rows_kept_in_the_table(@TempDir Path dir) throws Exception {
        Result result = new Result("history", "2026-11-21T06:00:00Z");
        result.chartX = "readers";
        result.machine.put("cores", 2);
        result.parameters.put("messages", 1000);
        Latency latency = new Latency();
        latency.recordMicros(250);
        latency.recordMicros(900);
        result.row("raw SQL ceiling").put("readers", 8);
        result.rows.get(0).put("rate_per_s", 5000.0);
        result.rows.get(0).putAll(latency.summary(""));
        result.pending("parley", "not merged");
        result.target("history", "≥ 5000/s", "pending merge", null);

        String markdown = Report.write(result, dir);

        assertThat(markdown).contains("| series | readers | rate_per_s | p50_ms |", "pending merge: not merged", "| history | ≥ 5000/s | pending merge | not measured |",
                "![history latency percentiles against rate](history.png)");
        assertThat(Files.readString(dir.resolve("history.json"))).contains("\"p99_ms\" : 0.9");
        assertThat(Files.size(dir.resolve("history.png"))).isGreaterThan(1000);
    }
}
