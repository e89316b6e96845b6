package dev.parley.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code fanout}: U users connected over WebSocket (spread over the nodes), in group conversations of
 * size G; random members send {@code message.send} on an open-loop schedule at a fixed aggregate rate
 * of deliveries per second, stepped up until p99 send→deliver exceeds the limit. Latency runs from the
 * scheduled send time (carried in the content) to the {@code message.created} frame at each other member.
 * With {@code --peer socketio} (bench/run starts the peer and passes {@code --peer-servers}), the same steps
 * then run against a Socket.IO relay (rooms, no persistence) in the same run, and the two lines are compared.
 */
public final class FanoutScenario implements Scenario {

    @Override
    public void run(BenchEnv env, Options options, Result result) throws Exception {
        int group = options.integer("group", 10);
        int requested = options.integer("users", 1000);
        int userCount = requested - requested % group;
        // Unreported; every node's JIT must be warm (two nodes on two cores need longer than one).
        FanoutSeries.Plan plan = new FanoutSeries.Plan(group,
                options.integers("rates", "5000,10000,20000,30000,40000,65000,80000,100000"),
                options.seconds("step-seconds", 10), options.seconds("warmup-seconds", 10 * env.servers().size()),
                options.integer("p99-limit-ms", group >= 1000 ? 250 : 100));
        String client = options.string("client", "lean");
        result.name = "fanout-g" + group + (env.servers().size() > 1 ? "-n" + env.servers().size() : "")
                + (env.peerServers().isEmpty() ? "" : "-vs-socketio");
        result.chartXTitle = "offered deliveries per second (open loop)";
        List<Api> nodes = new ArrayList<>();
        env.servers().forEach(server -> nodes.add(new Api(server)));
        String prefix = Users.runPrefix("fanout");
        if (!Users.conversationsAvailable(nodes.get(0), prefix)) {
            result.pending("parley", "conversations and the WebSocket gateway are not on this server yet");
            result.target("fanout g10: p99 < 25 ms at 40k deliveries/s, one node", "< 25 ms", "pending merge", null);
            return;
        }
        List<Api.User> users = Users.register(nodes, prefix, userCount, 16);
        String[] conversationOf = new String[userCount];
        for (int g = 0; g < userCount / group; g++) {
            List<String> others = new ArrayList<>();
            for (int m = 1; m < group; m++) {
                others.add(users.get(g * group + m).id());
            }
            String id = nodes.get(g % nodes.size()).createGroup(users.get(g * group), "fanout " + g, others);
            for (int m = 0; m < group; m++) {
                conversationOf[g * group + m] = id;
            }
        }

        // Frames are handled on the clients' selector threads (the handler only records): handing every frame
        // to a virtual thread cost the load generator ~20 % more CPU, taken from the server on the same cores.
        FanoutSeries parley = new FanoutSeries("parley", plan);
        WsConnector connector = WsConnector.forClient(client, userCount, Runnable::run);
        List<WsClient> sockets = Sockets.open(connector, users.stream().map(Api.User::accessToken).toList(), env::server,
                parley::handlerFor, 64);
        double parleyBest = parley.measure(sockets, conversationOf, env.serverPids(), result);
        sockets.forEach(WsClient::close);
        result.parameters.put("best_delivered_per_s_within_p99_limit", Report.round(parleyBest));

        if (!env.peerServers().isEmpty()) {
            double peerBest = measurePeer(env, plan, userCount, result);
            result.parameters.put("socketio_best_delivered_per_s_within_p99_limit", Report.round(peerBest));
            PeerComparison.compare(result, plan, parleyBest, peerBest);
        }
        targets(result, group, env.servers().size(), parleyBest);
        result.note("Open loop: message.send frames leave on a fixed schedule; latency counts from the scheduled time, so a stall "
                + "on either side shows up (no coordinated omission). A delivery is a message.created frame at a member other than the sender.");
    }

    /** The same steps against the Socket.IO peer: room r holds the users of Parley's group r, tokens are room names. */
    private static double measurePeer(BenchEnv env, FanoutSeries.Plan plan, int userCount, Result result) throws Exception {
        String[] roomOf = new String[userCount];
        for (int u = 0; u < userCount; u++) {
            roomOf[u] = "room-" + u / plan.group();
        }
        FanoutSeries peer = new FanoutSeries("socketio", plan);
        List<URI> servers = env.peerServers();
        List<WsClient> sockets = Sockets.open(new SocketIoConnector(), List.of(roomOf), i -> servers.get(i % servers.size()),
                peer::handlerFor, 64);
        double best = peer.measure(sockets, roomOf, env.peerPids(), result);
        sockets.forEach(WsClient::close);
        return best;
    }

    private static void targets(Result result, int group, int nodes, double best) {
        if (group != 10 || nodes != 1) {
            return;
        }
        Map<String, Object> at20k = parleyRowAt(result, 20000);
        Object p99 = at20k == null ? null : at20k.get("p99_ms");
        result.target("fanout g10, one node: p99 at 20k deliveries/s", "< 25 ms", p99 == null ? "not reached" : p99 + " ms",
                p99 instanceof Number number && number.doubleValue() < 25);
        result.target("fanout g10, one node: best rate with p99 ≤ 100 ms", "≥ 40,000/s", Report.round(best) + "/s", best >= 40000);
    }

    static Map<String, Object> parleyRowAt(Result result, int rate) {
        return result.rows.stream().filter(row -> "parley".equals(row.get("series")) && Integer.valueOf(rate).equals(row.get("rate_per_s")))
                .findFirst().orElse(null);
    }
}
