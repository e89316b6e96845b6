package dev.parley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code fanout}: U users connected over WebSocket (spread over the nodes), in group conversations of
 * size G; random members send {@code message.send} on an open-loop schedule at a fixed aggregate rate
 * of deliveries per second, stepped up until p99 send→deliver exceeds the limit. Latency runs from the
 * scheduled send time (carried in the content) to the {@code message.created} frame at each other member.
 */
public final class FanoutScenario implements Scenario {

    /** Per-step counters and histograms; frames of a step that arrive late still count for it. */
    private record Step(Latency delivery, Latency ack, AtomicLong delivered, AtomicLong errors) {
        Step() {
            this(new Latency(), new Latency(), new AtomicLong(), new AtomicLong());
        }
    }

    @Override
    public void run(BenchEnv env, Options options, Result result) throws Exception {
        int group = options.integer("group", 10);
        int requested = options.integer("users", 1000);
        int userCount = requested - requested % group;
        List<Integer> rates = options.integers("rates", "5000,10000,20000,30000,40000,65000,80000,100000");
        Duration stepDuration = options.seconds("step-seconds", 10);
        int p99Limit = options.integer("p99-limit-ms", 100);
        // Unreported; every node's JIT must be warm (two nodes on two cores need longer than one).
        Duration warmup = options.seconds("warmup-seconds", 10 * env.servers().size());
        String client = options.string("client", "lean");
        result.name = "fanout-g" + group + (env.servers().size() > 1 ? "-n" + env.servers().size() : "");
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

        Map<Integer, Step> steps = new ConcurrentHashMap<>();
        Map<String, long[]> pendingAcks = new ConcurrentHashMap<>(); // ref -> {scheduled nanos, step}
        // Frames are handled on the clients' selector threads (the handler only records): handing every frame
        // to a virtual thread cost the load generator ~20 % more CPU, taken from the server on the same cores.
        WsConnector connector = WsConnector.forClient(client, userCount, Runnable::run);
        List<WsClient> sockets = Sockets.open(connector, users.stream().map(Api.User::accessToken).toList(), env::server,
                self -> frame -> onFrame(frame, self, steps, pendingAcks), 64);

        ProcSampler sampler = new ProcSampler(env.serverPids());
        ProcSampler self = new ProcSampler(List.of(ProcessHandle.current().pid()));
        AtomicLong sendFailures = new AtomicLong();
        List<Integer> plan = new ArrayList<>();
        plan.add(rates.get(0) / 2); // step 0 warms up the JITs on both sides and is not reported
        plan.addAll(rates);
        double bestWithinLimit = 0;
        for (int s = 0; s < plan.size(); s++) {
            int stepIndex = s;
            Step step = steps.computeIfAbsent(s, key -> new Step());
            double messagesPerSecond = plan.get(s) / (double) (group - 1);
            sampler.start();
            self.start();
            long sent = OpenLoop.run(messagesPerSecond, s == 0 ? warmup : stepDuration, (scheduled, seq) -> {
                int sender = ThreadLocalRandom.current().nextInt(userCount);
                String ref = stepIndex + "-" + seq;
                pendingAcks.put(ref, new long[] {scheduled, stepIndex});
                sockets.get(sender).send(Frames.send(ref, conversationOf[sender], Frames.content(stepIndex, scheduled, sender)))
                        .exceptionally(error -> {
                            sendFailures.incrementAndGet();
                            step.errors().incrementAndGet();
                            return null;
                        });
            });
            Map<String, Object> server = sampler.stop();
            Object loadCpu = self.stop().get("server_cpu_pct");
            Thread.sleep(2000); // let the step's last deliveries arrive; they are attributed to it by their marker
            if (s == 0) {
                continue;
            }
            double seconds = stepDuration.toNanos() / 1e9;
            Map<String, Object> row = result.row("parley");
            row.put("rate_per_s", plan.get(s));
            row.put("messages_per_s", Report.round(sent / seconds));
            row.put("delivered_per_s", Report.round(step.delivered().get() / seconds));
            row.put("missing", sent * (group - 1) - step.delivered().get());
            row.putAll(step.delivery().summary(""));
            row.put("ack_p99_ms", Report.round(step.ack().percentileMillis(99)));
            row.put("unacked", sent - step.ack().count());
            row.put("errors", step.errors().get());
            row.putAll(server);
            row.put("load_cpu_pct", loadCpu);
            double p99 = step.delivery().percentileMillis(99);
            if (p99 <= p99Limit && step.delivered().get() > 0) {
                bestWithinLimit = Math.max(bestWithinLimit, step.delivered().get() / seconds);
            }
            if (!(p99 <= p99Limit)) {
                result.note("Stopped stepping: p99 " + Report.round(p99) + " ms exceeded " + p99Limit + " ms at " + plan.get(s) + " offered deliveries/s.");
                break;
            }
        }
        sockets.forEach(WsClient::close);
        result.parameters.put("best_delivered_per_s_within_p99_limit", Report.round(bestWithinLimit));
        targets(result, group, env.servers().size(), bestWithinLimit);
        result.note("Open loop: message.send frames leave on a fixed schedule; latency counts from the scheduled time, so a stall "
                + "on either side shows up (no coordinated omission). A delivery is a message.created frame at a member other than the sender.");
    }

    private static void onFrame(String frame, int self, Map<Integer, Step> steps, Map<String, long[]> pendingAcks) {
        Frames.BenchMessage message = Frames.benchMessage(frame);
        if (message != null) {
            if (message.sender() != self) {
                Step step = steps.get(message.step());
                if (step != null) {
                    step.delivery().recordSince(message.scheduledNanos());
                    step.delivered().incrementAndGet();
                }
            }
            return;
        }
        boolean ack = Frames.isType(frame, "ack");
        if (ack || Frames.isType(frame, "error")) {
            String ref = Frames.ref(frame);
            long[] pending = ref == null ? null : pendingAcks.remove(ref);
            if (pending != null) {
                Step step = steps.get((int) pending[1]);
                if (ack) {
                    step.ack().recordSince(pending[0]);
                } else {
                    step.errors().incrementAndGet();
                }
            }
        }
    }

    private static void targets(Result result, int group, int nodes, double best) {
        if (group != 10 || nodes != 1) {
            return;
        }
        Map<String, Object> at40k = result.rows.stream().filter(row -> Integer.valueOf(40000).equals(row.get("rate_per_s")))
                .findFirst().orElse(null);
        Object p99 = at40k == null ? null : at40k.get("p99_ms");
        result.target("fanout g10, one node: p99 at 40k deliveries/s", "< 25 ms", p99 == null ? "not reached" : p99 + " ms",
                p99 instanceof Number number && number.doubleValue() < 25);
        result.target("fanout g10, one node: best rate with p99 ≤ 100 ms", "≥ 65,000/s", Report.round(best) + "/s", best >= 65000);
    }
}
