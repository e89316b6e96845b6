package dev.parley.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code history}: M messages seeded with COPY across many conversations, then random history pages
 * ({@code GET …/messages?limit=50&before_seq=}) by R concurrent readers, stepped 1…R; in the same run the
 * raw-SQL ceiling: the same keyset page read over JDBC by as many connections.
 */
public final class HistoryScenario implements Scenario {

    @Override
    public void run(BenchEnv env, Options options, Result result) throws Exception {
        int messages = options.integer("messages", 1_000_000);
        int conversations = options.integer("conversations", 200);
        List<Integer> readerSteps = options.integers("readers", "1,2,4,8");
        Duration step = options.seconds("step-seconds", 15);
        int limit = options.integer("limit", 50);
        Duration warmup = options.seconds("warmup-seconds", 10);
        boolean jdkClient = "jdk".equals(options.string("client", "lean"));
        result.chartX = "readers";
        result.chartXTitle = "concurrent readers (closed loop)";
        List<Api> nodes = new ArrayList<>();
        env.servers().forEach(server -> nodes.add(new Api(server)));
        int maxReaders = readerSteps.stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Api.User> readers = Users.register(nodes, Users.runPrefix("history"), Math.max(2, maxReaders), 8);
        boolean parley = nodes.get(0).hasConversations(readers.get(0));

        List<UUID> conversationIds = new ArrayList<>();
        List<UUID> senders = readers.stream().map(user -> UUID.fromString(user.id())).toList();
        if (parley) {
            List<String> others = readers.subList(1, readers.size()).stream().map(Api.User::id).toList();
            for (int c = 0; c < conversations; c++) {
                conversationIds.add(UUID.fromString(nodes.get(0).createGroup(readers.get(0), "history " + c, others)));
            }
        } else {
            for (int c = 0; c < conversations; c++) {
                conversationIds.add(UuidV7.next());
            }
        }
        long seedStart = System.nanoTime();
        try (Connection admin = env.connect()) {
            MessageTable.check(admin);
        }
        long[] maxSeq = HistorySeeder.seed(env, conversationIds, senders, messages / conversations);
        try (Connection admin = env.connect()) {
            result.note("Seeding: " + MessageTable.afterSeeding(admin) + ".");
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        result.parameters.put("seeded_rows", (long) (messages / conversations) * conversations);
        result.parameters.put("seed_rows_per_s_copy", Math.round((messages / conversations) * (double) conversations / seedSeconds));

        ProcSampler sampler = new ProcSampler(env.serverPids());
        ProcSampler self = new ProcSampler(List.of(ProcessHandle.current().pid()));
        List<KeepAliveGet> clients = new ArrayList<>();
        for (int worker = 0; worker < maxReaders; worker++) {
            clients.add(new KeepAliveGet(env.servers().get(worker % nodes.size())));
        }
        ClosedLoop.Operation page = (worker, i) -> {
            int c = ThreadLocalRandom.current().nextInt(conversationIds.size());
            long before = ThreadLocalRandom.current().nextLong(limit + 1, maxSeq[c] + 2);
            Api.User reader = readers.get(worker % readers.size());
            int status = jdkClient
                    ? nodes.get(worker % nodes.size()).history(reader, conversationIds.get(c).toString(), before, limit).status()
                    : clients.get(worker).get(Api.historyPath(conversationIds.get(c).toString(), before, limit), reader.accessToken()).status();
            return status == 200 ? 1 : 0;
        };
        if (parley && !warmup.isZero()) {
            // Not reported: lets the node's JIT compile the request path (a cold node answers 1 reader at a
            // fraction of its warm rate) and fills PostgreSQL's buffer cache for both series.
            ClosedLoop.run(maxReaders, warmup, page, Thread.ofPlatform().daemon());
        }
        for (int readerCount : readerSteps) {
            if (parley) {
                sampler.start();
                self.start();
                ClosedLoop.Outcome outcome = ClosedLoop.run(readerCount, step, page, Thread.ofPlatform().daemon());
                Map<String, Object> server = new java.util.LinkedHashMap<>(sampler.stop());
                server.put("load_cpu_pct", self.stop().get("server_cpu_pct"));
                addRow(result, "parley", readerCount, outcome, server);
            }
            addRow(result, "raw SQL ceiling", readerCount, ceiling(env, readerCount, step, conversationIds, maxSeq, limit), Map.of());
        }
        clients.forEach(KeepAliveGet::close);
        if (!parley) {
            result.pending("parley", "GET /api/v1/conversations/{id}/messages is not on this server yet");
        }
        Map<String, Object> last = lastRow(result, "parley", maxReaders);
        if (last == null) {
            result.target("history ≥ 5,000 pages/s at p99 < 10 ms, 8 readers, 1 M messages", "≥ 5000/s, p99 < 10 ms", "pending merge", null);
        } else {
            double rate = ((Number) last.get("rate_per_s")).doubleValue();
            double p99 = ((Number) last.get("p99_ms")).doubleValue();
            result.target("history ≥ 5,000 pages/s at p99 < 10 ms, " + maxReaders + " readers, " + messages + " messages",
                    "≥ 5000/s, p99 < 10 ms", Report.round(rate) + "/s, p99 " + p99 + " ms", rate >= 5000 && p99 < 10);
        }
        result.note("Closed loop per reader; each request picks a random conversation and a random `before_seq`; "
                + (warmup.isZero() ? "no warm-up" : warmup.toSeconds() + " s of unreported warm-up at " + maxReaders + " readers first")
                + "; HTTP client: " + (jdkClient ? "JDK HttpClient" : "one keep-alive HTTP/1.1 connection per reader (KeepAliveGet)")
                + "; load_cpu_pct = the load generator's own CPU.");
    }

    private static ClosedLoop.Outcome ceiling(BenchEnv env, int readers, Duration step, List<UUID> conversationIds,
                                              long[] maxSeq, int limit) throws Exception {
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> pages = new ArrayList<>();
        try {
            for (int r = 0; r < readers; r++) {
                Connection connection = env.connect();
                connections.add(connection);
                pages.add(MessageTable.preparePage(connection));
            }
            return ClosedLoop.run(readers, step, (worker, i) -> {
                int c = ThreadLocalRandom.current().nextInt(conversationIds.size());
                long before = ThreadLocalRandom.current().nextLong(limit + 1, maxSeq[c] + 2);
                return MessageTable.readPage(pages.get(worker), conversationIds.get(c), before, limit) > 0 ? 1 : 0;
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static void addRow(Result result, String series, int readers, ClosedLoop.Outcome outcome, Map<String, Object> server) {
        Map<String, Object> row = result.row(series);
        row.put("readers", readers);
        row.put("rate_per_s", Report.round(outcome.unitsPerSecond()));
        row.putAll(outcome.latency().summary(""));
        row.put("errors", outcome.errors());
        row.putAll(server);
    }

    private static Map<String, Object> lastRow(Result result, String series, int readers) {
        return result.rows.stream().filter(row -> series.equals(row.get("series")) && Integer.valueOf(readers).equals(row.get("readers")))
                .findFirst().orElse(null);
    }
}
