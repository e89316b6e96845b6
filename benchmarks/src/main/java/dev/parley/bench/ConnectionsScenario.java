package dev.parley.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code connections}: N idle authenticated sockets spread over the nodes, held by several worker
 * processes each from its own 127.0.0.x source address (one process may open fewer than 20,000 files).
 * Reports connect rate, server heap (after a full GC) and RSS per socket, and the time for one message
 * in a broadcast conversation holding every user to reach every socket.
 */
public final class ConnectionsScenario implements Scenario {

    @Override
    public void run(BenchEnv env, Options options, Result result) throws Exception {
        int count = options.integer("sockets", 19_000);
        int perWorker = options.integer("per-worker", 9_000);
        int deliverySeconds = options.integer("delivery-timeout-seconds", 60);
        result.name = "connections" + (env.servers().size() > 1 ? "-n" + env.servers().size() : "");
        result.chartX = "none";
        List<Api> nodes = new ArrayList<>();
        env.servers().forEach(server -> nodes.add(new Api(server)));
        String prefix = Users.runPrefix("conn");
        Api.User probe = nodes.get(0).register(prefix + "probe", Users.PASSWORD);
        boolean conversations = nodes.get(0).hasConversations(probe);
        if (!gatewayAvailable(env, probe)) {
            result.pending("parley", "the WebSocket gateway is not on this server yet");
            result.target("19,000 idle sockets on one node, ≤ 8 KB heap each", "≤ 8 KB", "pending merge", null);
            return;
        }
        List<Api.User> users = Users.register(nodes, prefix, count, 16);
        // Without conversations the sockets are still measured; only the deliver-to-all part waits for the merge.
        String conversation = conversations ? broadcastToAll(env, nodes.get(0), users) : null;

        HeapProbe heap = new HeapProbe(env.serverPids());
        ProcSampler proc = new ProcSampler(env.serverPids());
        long heapBefore = heap.usedAfterGcKib();
        long rssBefore = proc.rssKib();
        List<Process> workers = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        Path dir = Files.createTempDirectory("parley-bench-conn");
        for (int from = 0, w = 0; from < count; from += perWorker, w++) {
            Path tokens = dir.resolve("tokens-" + w);
            List<String> lines = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + perWorker); i++) {
                lines.add(env.server(i) + " " + users.get(i).accessToken());
            }
            Files.write(tokens, lines);
            Process process = new ProcessBuilder(javaCommand("connections-worker", "--tokens", tokens.toString(),
                    "--source", "127.0.0." + (10 + w), "--expect", Integer.toString(lines.size() - (w == 0 ? 1 : 0))))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            workers.add(process);
            outputs.add(new BufferedReader(new InputStreamReader(process.getInputStream())));
        }
        try {
            long connected = 0;
            long failed = 0;
            long slowestMillis = 0;
            for (BufferedReader output : outputs) {
                String[] parts = awaitLine(output, "CONNECTED").split(" ");
                connected += Long.parseLong(parts[1]);
                failed += Long.parseLong(parts[2]);
                slowestMillis = Math.max(slowestMillis, Long.parseLong(parts[3]));
            }
            Thread.sleep(3000); // let connect-time garbage and presence updates settle before measuring
            long heapAfter = heap.usedAfterGcKib();
            long rssAfter = proc.rssKib();
            Path histogram = env.outDir().resolve(result.name + "-heap-histogram.txt");
            Files.createDirectories(env.outDir());
            Files.writeString(histogram, heap.histogram(30));
            result.note("Live-object histogram of the node(s) with every socket open: `" + histogram.getFileName() + "` beside this file.");
            if (conversation != null) {
                nodes.get(0).sendMessage(users.get(0), conversation, ConnectionsWorker.content(), UUID.randomUUID().toString()).expect(201);
                long deadline = System.nanoTime() + deliverySeconds * 1_000_000_000L;
                for (BufferedReader output : outputs) {
                    awaitLineUntil(output, "DONE", deadline);
                }
            }
            long received = 0;
            long maxMicros = 0;
            long stillOpen = 0;
            for (int w = 0; w < workers.size(); w++) {
                PrintWriter in = new PrintWriter(workers.get(w).getOutputStream(), true);
                in.println("REPORT");
                String[] parts = awaitLine(outputs.get(w), "RECEIVED").split(" ");
                received += Long.parseLong(parts[1]);
                maxMicros = Math.max(maxMicros, Long.parseLong(parts[3]));
                stillOpen += Long.parseLong(parts[4]);
                in.println("EXIT");
            }
            Map<String, Object> row = result.row("parley");
            row.put("sockets", connected);
            row.put("failed", failed);
            row.put("connect_per_s", Report.round(connected / (slowestMillis / 1000.0)));
            row.put("heap_kib_per_socket", Report.round((heapAfter - heapBefore) / (double) Math.max(connected, 1)));
            row.put("rss_kib_per_socket", Report.round((rssAfter - rssBefore) / (double) Math.max(connected, 1)));
            row.put("server_heap_mib", Report.round(heapAfter / 1024.0));
            row.put("server_rss_mib", Report.round(rssAfter / 1024.0));
            row.put("delivered_to", received);
            row.put("deliver_all_ms", conversation == null ? "pending merge (no conversations API)"
                    : received >= connected - 1 ? Report.round(maxMicros / 1000.0) : "incomplete");
            row.put("open_at_end", stillOpen);
            double heapPerSocket = (heapAfter - heapBefore) / (double) Math.max(connected, 1);
            if (env.servers().size() == 1) {
                result.target("idle sockets on one node", "≥ 19,000", connected, connected >= 19_000 && failed == 0);
                result.target("heap per socket", "≤ 8 KiB", Report.round(heapPerSocket) + " KiB", heapPerSocket <= 8);
            } else if (env.servers().size() == 3) {
                result.target("idle sockets on three nodes", "≥ 50,000", connected, connected >= 50_000 && failed == 0);
            }
            result.note(workers.size() + " load processes, sources 127.0.0.10…; heap measured with `jcmd GC.run` + `GC.heap_info` "
                    + "before and after connecting (all nodes summed), RSS from /proc.");
        } finally {
            workers.forEach(Process::destroy);
        }
    }

    private static boolean gatewayAvailable(BenchEnv env, Api.User user) {
        try {
            WsClient socket = JdkWsClient.connect(JdkWsClient.httpClient(null, Runnable::run), env.server(0), user.accessToken(), frame -> { })
                    .get(30, java.util.concurrent.TimeUnit.SECONDS);
            socket.close();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * A broadcast conversation owned by users[0] holding every user, built before any socket connects.
     * Adding members through the API costs time linear in the group's size per call (2.5 s a call at
     * 19,000 members: quadratic overall, half an hour for 50,000), so the API creates it and adds the
     * last batch, and the members between are inserted over JDBC; that last API call moves the count
     * and makes every node reload its membership index.
     */
    private static String broadcastToAll(BenchEnv env, Api api, List<Api.User> users) throws Exception {
        int batch = 99;
        List<String> ids = users.stream().map(Api.User::id).toList();
        String owner = users.get(0).accessToken();
        String id = api.post("conversations", owner, Map.of("type", "broadcast", "name", "everyone",
                "participant_ids", ids.subList(1, Math.min(ids.size(), 1 + batch)))).expect(201).json().path("id").asText();
        int seededFrom = Math.min(ids.size(), 1 + batch);
        int lastBatch = Math.max(seededFrom, ids.size() - batch);
        seedMembers(env, id, ids.subList(seededFrom, lastBatch));
        if (lastBatch < ids.size()) {
            api.post("conversations/" + id + "/participants", owner,
                    Map.of("user_ids", ids.subList(lastBatch, ids.size()))).expect(200, 201, 204);
        }
        return id;
    }

    private static void seedMembers(BenchEnv env, String conversation, List<String> members) throws Exception {
        if (members.isEmpty()) {
            return;
        }
        UUID conversationId = UUID.fromString(conversation);
        try (Connection db = env.connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO participants (conversation_id, user_id, role, joined_at, updated_at)
                    VALUES (?, ?, 'member', now(), now())""")) {
                for (int i = 0; i < members.size(); i++) {
                    insert.setObject(1, conversationId);
                    insert.setObject(2, UUID.fromString(members.get(i)));
                    insert.addBatch();
                    if (i % 1000 == 999 || i == members.size() - 1) {
                        insert.executeBatch();
                    }
                }
            }
            try (PreparedStatement count = db.prepareStatement("""
                    UPDATE conversations SET participant_count =
                        (SELECT count(*) FROM participants WHERE conversation_id = ? AND left_at IS NULL)
                    WHERE id = ?""")) {
                count.setObject(1, conversationId);
                count.setObject(2, conversationId);
                count.executeUpdate();
            }
            db.commit();
        }
    }

    static List<String> javaCommand(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = Path.of(ConnectionsScenario.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-cp", jar, Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static String awaitLine(BufferedReader output, String prefix) throws Exception {
        for (String line; (line = output.readLine()) != null; ) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("worker exited before " + prefix);
    }

    private static void awaitLineUntil(BufferedReader output, String prefix, long deadlineNanos) throws Exception {
        while (System.nanoTime() < deadlineNanos) {
            if (output.ready()) {
                String line = output.readLine();
                if (line == null || line.startsWith(prefix)) {
                    return;
                }
            } else {
                Thread.sleep(5);
            }
        }
    }
}
