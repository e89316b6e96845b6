package dev.parley.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** A thread-safe latency histogram in microseconds (HdrHistogram, 3 significant digits, up to 10 minutes). */
public final class Latency {
    private final Histogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);

    /** Records the time from {@code startNanos} (a {@link System#nanoTime()} value: the scheduled start) to now. */
    public void recordSince(long startNanos) {
        recordMicros((System.nanoTime() - startNanos) / 1_000);
    }

    public void recordMicros(long micros) {
        histogram.recordValue(Math.min(Math.max(micros, 0), histogram.getHighestTrackableValue()));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public double percentileMillis(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
    }

    /** p50, p95, p99 and max in milliseconds, with {@code prefix} before each key (e.g. "ack_"). */
    public Map<String, Object> summary(String prefix) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put(prefix + "p50_ms", Report.round(percentileMillis(50)));
        summary.put(prefix + "p95_ms", Report.round(percentileMillis(95)));
        summary.put(prefix + "p99_ms", Report.round(percentileMillis(99)));
        summary.put(prefix + "max_ms", Report.round(maxMillis()));
        return summary;
    }
}
