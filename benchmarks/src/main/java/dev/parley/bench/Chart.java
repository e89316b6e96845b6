package dev.parley.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws latency percentiles (p50, p95, p99) against the result's x column (offered rate for open-loop
 * scenarios, concurrency for closed-loop ones), one line per series and percentile. Rows without those
 * columns (pending parts) are not charted.
 */
public final class Chart {
    private static final String[] PERCENTILES = {"p50_ms", "p95_ms", "p99_ms"};

    private Chart() {
    }

    public static boolean write(Result result, Path png) throws IOException {
        Map<String, List<Map<String, Object>>> bySeries = new LinkedHashMap<>();
        for (Map<String, Object> row : result.rows) {
            if (row.get(result.chartX) instanceof Number && row.get("p99_ms") instanceof Number) {
                bySeries.computeIfAbsent(String.valueOf(row.get("series")), key -> new ArrayList<>()).add(row);
            }
        }
        if (bySeries.isEmpty()) {
            return false;
        }
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(900).height(520)
                .title("Parley " + result.name + ": latency percentiles")
                .xAxisTitle(result.chartXTitle).yAxisTitle("latency (ms, log scale)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        for (Map.Entry<String, List<Map<String, Object>>> series : bySeries.entrySet()) {
            for (String percentile : PERCENTILES) {
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                List<Map<String, Object>> rows = new ArrayList<>(series.getValue());
                rows.sort(java.util.Comparator.comparingDouble(row -> ((Number) row.get(result.chartX)).doubleValue()));
                for (Map<String, Object> row : rows) {
                    Object y = row.get(percentile);
                    if (y instanceof Number number && number.doubleValue() > 0) {
                        xs.add(((Number) row.get(result.chartX)).doubleValue());
                        ys.add(number.doubleValue());
                    }
                }
                if (!xs.isEmpty()) {
                    XYSeries line = chart.addSeries(series.getKey() + " " + percentile.replace("_ms", ""), xs, ys);
                    line.setMarker(SeriesMarkers.CIRCLE);
                }
            }
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        return true;
    }
}
