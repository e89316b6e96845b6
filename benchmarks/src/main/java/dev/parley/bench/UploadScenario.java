package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code upload}: MB/s of raw-body uploads ({@code POST /files}, 201 only once the bytes are on disk and the row
 * is ready) for each file size and number of concurrent clients, against the disk's own sequential write speed
 * measured in the same run ({@code dd … conv=fdatasync} in the temporary directory), and the node's heap after
 * a full GC and its RSS after each step: memory must stay flat whatever the size. Each upload is deleted
 * again so the disk does not fill up (the delete is inside the measured loop, a small share of its time).
 */
public final class UploadScenario implements Scenario {
    private static final Pattern DD_RATE = Pattern.compile("([0-9.,]+) (k?B|MB|GB)/s");

    @Override
    public void run(BenchEnv env, Options options, Result result) throws Exception {
        List<Integer> sizesMib = options.integers("sizes-mib", "1,20");
        List<Integer> steps = options.integers("clients", "1,8");
        Duration step = options.seconds("step-seconds", 10);
        result.chartX = "clients";
        result.chartXTitle = "concurrent uploading clients (closed loop)";
        Api api = new Api(env.server(0));
        List<Api.User> users = Users.register(List.of(api), Users.runPrefix("upload"), Math.max(8, steps.stream()
                .mapToInt(Integer::intValue).max().orElse(1)), 4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        double diskMbps = diskWriteMbps(options.integer("dd-mib", 512));
        result.note(String.format("Disk sequential write (dd bs=1M conv=fdatasync, same run): %.0f MB/s.", diskMbps));
        ProcSampler sampler = new ProcSampler(env.serverPids());
        HeapProbe heap = new HeapProbe(env.serverPids());
        long heapBeforeKib = heap.usedAfterGcKib();
        double best = 0;
        for (int sizeMib : sizesMib) {
            byte[] content = new byte[sizeMib * 1024 * 1024];
            new Random(sizeMib).nextBytes(content);
            for (int clients : steps) {
                sampler.start();
                ClosedLoop.Outcome outcome = ClosedLoop.run(clients, step, (worker, i) -> {
                    Api.User user = users.get(worker % users.size());
                    return uploadAndDelete(http, api.base(), user.accessToken(), content) ? 1 : 0;
                });
                double mbps = outcome.unitsPerSecond() * content.length / 1e6;
                Map<String, Object> row = result.row(sizeMib + " MiB files");
                row.put("clients", clients);
                row.put("file_mib", sizeMib);
                row.put("uploads_per_s", Report.round(outcome.unitsPerSecond()));
                row.put("mb_per_s", Report.round(mbps));
                row.put("disk_mb_per_s", Report.round(diskMbps));
                row.put("ratio_to_disk", Report.round(mbps / diskMbps));
                row.putAll(outcome.latency().summary(""));
                row.put("errors", outcome.errors());
                row.putAll(sampler.stop());
                row.put("server_heap_after_gc_mib", Report.round(heap.usedAfterGcKib() / 1024.0));
                best = Math.max(best, mbps);
            }
        }
        result.note(String.format("Server heap after a full GC: %.1f MiB before the first upload.", heapBeforeKib / 1024.0));
        result.note(String.format("Best: %.0f MB/s = %.2f× the disk's sequential write speed (target ≥ 0.5×).",
                best, best / diskMbps));
        result.target("upload: best MB/s vs the disk's sequential write", "≥ 0.5×", Report.round(best / diskMbps) + "×",
                best / diskMbps >= 0.5);
    }

    private static boolean uploadAndDelete(HttpClient http, URI base, String token, byte[] content)
            throws IOException, InterruptedException {
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/files?name=bench.bin"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
        if (uploaded.statusCode() != 201) {
            return false;
        }
        JsonNode file = Api.JSON.readTree(uploaded.body());
        http.send(HttpRequest.newBuilder(base.resolve("/api/v1/files/" + file.path("id").asText()))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        return true;
    }

    /** MB/s of {@code dd} writing {@code mib} MiB with a flush to disk at the end, in the temporary directory. */
    private static double diskWriteMbps(int mib) throws IOException, InterruptedException {
        Path target = Files.createTempFile("parley-bench-dd-", ".bin");
        try {
            Process dd = new ProcessBuilder("dd", "if=/dev/zero", "of=" + target, "bs=1M", "count=" + mib, "conv=fdatasync")
                    .redirectErrorStream(true).start();
            String output = new String(dd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            dd.waitFor(120, TimeUnit.SECONDS);
            Matcher rate = DD_RATE.matcher(output);
            double value = 0;
            String unit = "MB";
            while (rate.find()) {
                value = Double.parseDouble(rate.group(1).replace(',', '.'));
                unit = rate.group(2);
            }
            return switch (unit) {
                case "GB" -> value * 1000;
                case "kB" -> value / 1000;
                default -> value;
            };
        } finally {
            Files.deleteIfExists(target);
        }
    }
}
