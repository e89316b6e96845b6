package dev.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a server process's CPU time and resident memory from /proc (Linux), to report server cost beside load. */
public final class ProcSampler {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every mainstream Linux build
    private final List<Long> pids;
    private long startTicks;
    private long startNanos;

    public ProcSampler(List<Long> pids) {
        this.pids = pids;
    }

    public void start() {
        startTicks = cpuTicks();
        startNanos = System.nanoTime();
    }

    /** Server CPU since {@link #start()} (100 = one core busy, summed over nodes) and current RSS in MiB (summed). */
    public Map<String, Object> stop() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Object> sample = new LinkedHashMap<>();
        if (pids.isEmpty()) {
            return sample;
        }
        sample.put("server_cpu_pct", Report.round((cpuTicks() - startTicks) / TICKS_PER_SECOND / seconds * 100));
        sample.put("server_rss_mib", Report.round(rssKib() / 1024.0));
        return sample;
    }

    public long cpuTicks() {
        long ticks = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            } catch (IOException | RuntimeException e) {
                // The process is gone or /proc is unavailable: report what can be read.
            }
        }
        return ticks;
    }

    public long rssKib() {
        long kib = 0;
        for (long pid : pids) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        kib += Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // As above.
            }
        }
        return kib;
    }
}
