package dev.parley.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code persist}: durable message throughput. C senders post into K conversations through the real
 * send path ({@code POST /conversations/{id}/messages}, answered only after commit); then W WebSocket
 * senders ({@code message.send}, a window of frames in flight each, acked after commit), the fan-in a
 * group commit needs; then the ceiling: the same kind of rows written by C JDBC connections with batched
 * multi-row INSERTs into the same table. Reports messages/s, ack percentiles and the ratio of the best
 * Parley series to the ceiling.
 */
public final class PersistScenario implements Scenario {

    @Override
    public void run(BenchEnv env, Options options, Result result) throws Exception {
        List<Integer> senderSteps = options.integers("senders", "16");
        int senders = senderSteps.stream().mapToInt(Integer::intValue).max().orElse(1);
        int conversations = options.integer("conversations", 16);
        Duration duration = options.seconds("seconds", 10);
        List<Integer> batches = options.integers("batch", "100");
        result.chartX = "writers";
        result.chartXTitle = "concurrent writers (closed loop); latency per acknowledged request or batch";
        List<Api> nodes = new ArrayList<>();
        env.servers().forEach(server -> nodes.add(new Api(server)));
        List<Api.User> users = Users.register(nodes, Users.runPrefix("persist"), senders, 8);
        ProcSampler sampler = new ProcSampler(env.serverPids());

        List<UUID> conversationIds = new ArrayList<>();
        List<UUID> senderIds = new ArrayList<>();
        double parleyRate = Double.NaN;
        if (nodes.get(0).hasConversations(users.get(0))) {
            List<String> others = users.subList(1, users.size()).stream().map(Api.User::id).toList();
            for (int k = 0; k < conversations; k++) {
                conversationIds.add(UUID.fromString(nodes.get(0).createGroup(users.get(0), "persist " + k, others)));
            }
            users.forEach(user -> senderIds.add(UUID.fromString(user.id())));
            parleyRate = 0;
            for (int writers : senderSteps) {
                sampler.start();
                ClosedLoop.Outcome outcome = ClosedLoop.run(writers, duration, (worker, i) -> {
                    String conversation = conversationIds.get((int) ((worker + i) % conversations)).toString();
                    Api.Response response = nodes.get(worker % nodes.size()).sendMessage(users.get(worker), conversation,
                            "persist bench " + worker + "/" + i, UUID.randomUUID().toString());
                    return response.status() == 201 ? 1 : 0;
                });
                parleyRate = Math.max(parleyRate, outcome.unitsPerSecond());
                Map<String, Object> row = result.row("parley (REST)");
                row.put("writers", writers);
                row.put("rate_per_s", Report.round(outcome.unitsPerSecond()));
                row.putAll(outcome.latency().summary(""));
                row.put("errors", outcome.errors());
                row.putAll(sampler.stop());
            }
            int wsSenders = options.integer("ws-senders", 500);
            if (wsSenders > 0) {
                WsConnector connector = WsConnector.forClient(options.string("client", "lean"), wsSenders,
                        java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
                parleyRate = Math.max(parleyRate, webSocketSeries(env, nodes, connector, wsSenders, options.integer("window", 2),
                        duration, sampler, result));
            }
        } else {
            result.pending("parley", "POST /api/v1/conversations is not on this server yet");
            for (int k = 0; k < conversations; k++) {
                conversationIds.add(UuidV7.next());
            }
            users.forEach(user -> senderIds.add(UUID.fromString(user.id())));
        }

        double best = 0;
        try (Connection admin = env.connect()) {
            MessageTable.check(admin);
            List<AtomicLong> seqs = new ArrayList<>();
            for (UUID conversation : conversationIds) {
                seqs.add(new AtomicLong(MessageTable.maxSeq(admin, conversation)));
            }
            for (int batch : batches) {
                for (int writers : senderSteps) {
                    double rate = ceiling(env, writers, duration, batch, conversationIds, senderIds, seqs, result);
                    best = Math.max(best, rate);
                }
            }
        }
        if (!Double.isNaN(parleyRate)) {
            double ratio = parleyRate / best;
            result.parameters.put("best_parley_per_s", Report.round(parleyRate));
            result.parameters.put("best_ceiling_per_s", Report.round(best));
            result.parameters.put("ratio_parley_to_ceiling", Report.round(ratio));
            result.target("persist ≥ 0.5× JDBC-batch ceiling", "≥ 0.5", Report.round(ratio), ratio >= 0.5);
        } else {
            result.parameters.put("best_ceiling_per_s", Report.round(best));
            result.target("persist ≥ 0.5× JDBC-batch ceiling", "≥ 0.5", "pending merge", null);
        }
        result.note("Closed loop: each sender (or JDBC connection) sends again as soon as its previous request was acknowledged "
                + "(HTTP 201 = committed). Ceiling latency is per batched transaction of `batch` rows.");
        result.note("WebSocket series: `writers` sockets (one user each, rooms of two), each keeping `window` message.send frames "
                + "in flight and sending the next as each ack (sent after commit) arrives; the ratio uses the best Parley series.");
    }

    /**
     * W users on W sockets, in rooms of two (so each message reaches two sockets, not a fan-out), each
     * socket a closed loop with {@code window} frames in flight.
     */
    private static double webSocketSeries(BenchEnv env, List<Api> nodes, WsConnector connector, int senders, int window,
                                          Duration duration, ProcSampler sampler, Result result) throws Exception {
        int count = senders + senders % 2;
        List<Api.User> users = Users.register(nodes, Users.runPrefix("persist-ws"), count, 16);
        String[] conversationOf = new String[count];
        for (int pair = 0; pair < count / 2; pair++) {
            String id = nodes.get(pair % nodes.size()).createGroup(users.get(2 * pair), "persist ws " + pair,
                    List.of(users.get(2 * pair + 1).id()));
            conversationOf[2 * pair] = id;
            conversationOf[2 * pair + 1] = id;
        }
        WsSendLoop loop = new WsSendLoop(conversationOf, window);
        List<WsClient> sockets = Sockets.open(connector, users.stream().map(Api.User::accessToken).toList(),
                env::server, loop::handler, 64);
        ProcSampler self = new ProcSampler(List.of(ProcessHandle.current().pid()));
        try {
            sampler.start();
            self.start();
            ClosedLoop.Outcome outcome = loop.run(sockets, duration);
            Object loadCpu = self.stop().get("server_cpu_pct");
            Map<String, Object> row = result.row("parley (WebSocket, window " + window + ")");
            row.put("writers", count);
            row.put("rate_per_s", Report.round(outcome.unitsPerSecond()));
            row.putAll(outcome.latency().summary(""));
            row.put("errors", outcome.errors());
            row.putAll(sampler.stop());
            row.put("load_cpu_pct", loadCpu);
            return outcome.unitsPerSecond();
        } finally {
            sockets.forEach(WsClient::close);
        }
    }

    private static double ceiling(BenchEnv env, int writers, Duration duration, int batch, List<UUID> conversationIds,
                                  List<UUID> senderIds, List<AtomicLong> seqs, Result result) throws Exception {
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> inserts = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                Connection connection = env.connect();
                connection.setAutoCommit(false);
                connections.add(connection);
                inserts.add(MessageTable.prepareInsert(connection));
            }
            ClosedLoop.Outcome outcome = ClosedLoop.run(writers, duration, (worker, i) -> {
                PreparedStatement insert = inserts.get(worker);
                for (int r = 0; r < batch; r++) {
                    int k = (int) ((worker + i * batch + r) % conversationIds.size());
                    MessageTable.addRow(insert, conversationIds.get(k), seqs.get(k).incrementAndGet(),
                            senderIds.get((worker + r) % senderIds.size()), "persist ceiling " + worker + "/" + i + "/" + r);
                }
                insert.executeBatch();
                connections.get(worker).commit();
                return batch;
            });
            Map<String, Object> row = result.row("jdbc ceiling (batch " + batch + ")");
            row.put("writers", writers);
            row.put("rate_per_s", Report.round(outcome.unitsPerSecond()));
            row.putAll(outcome.latency().summary(""));
            row.put("errors", outcome.errors());
            return outcome.unitsPerSecond();
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }
}
