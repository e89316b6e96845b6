package dev.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Server heap in use after a full GC, through {@code jcmd} (same JDK, same machine), summed over nodes. */
public final class HeapProbe {
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private final List<Long> pids;

    public HeapProbe(List<Long> pids) {
        this.pids = pids;
    }

    public long usedAfterGcKib() throws IOException, InterruptedException {
        long total = 0;
        for (long pid : pids) {
            jcmd(pid, "GC.run");
            Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
            if (used.find()) {
                total += Long.parseLong(used.group(1));
            }
        }
        return total;
    }

    /** The top of each node's live-object histogram (after a full GC): what the heap per socket is made of. */
    public String histogram(int lines) throws IOException, InterruptedException {
        StringBuilder all = new StringBuilder();
        for (long pid : pids) {
            all.append("# node pid ").append(pid).append('\n');
            jcmd(pid, "GC.class_histogram").lines().limit(lines + 3L).forEach(line -> all.append(line).append('\n'));
        }
        return all.toString();
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jcmd = java.replaceFirst("java$", "jcmd");
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return output;
    }
}
