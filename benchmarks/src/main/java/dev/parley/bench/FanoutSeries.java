package dev.parley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One line of the {@code fanout} chart: the same open-loop steps against one kind of server (Parley, or the
 * Socket.IO peer), over sockets whose frames go to {@link #handlerFor(int)}. Returns the best delivered rate
 * whose p99 stayed within the limit.
 */
final class FanoutSeries {
    /** What every series of one run shares, so that the lines are comparable. */
    record Plan(int group, List<Integer> rates, Duration step, Duration warmup, int p99LimitMillis) {
    }

    /** Per-step counters and histograms; frames of a step that arrive late still count for it. */
    private record Step(Latency delivery, Latency ack, AtomicLong delivered, AtomicLong errors) {
        Step() {
            this(new Latency(), new Latency(), new AtomicLong(), new AtomicLong());
        }
    }

    private final String series;
    private final Plan plan;
    private final Map<Integer, Step> steps = new ConcurrentHashMap<>();
    private final Map<String, long[]> pendingAcks = new ConcurrentHashMap<>(); // ref -> {scheduled nanos, step}

    FanoutSeries(String series, Plan plan) {
        this.series = series;
        this.plan = plan;
    }

    /** The frame handler of socket {@code self}: it only records (it runs on the client's selector thread). */
    Consumer<String> handlerFor(int self) {
        return frame -> onFrame(frame, self);
    }

    double measure(List<WsClient> sockets, String[] conversationOf, List<Long> serverPids, Result result)
            throws InterruptedException {
        ProcSampler sampler = new ProcSampler(serverPids);
        ProcSampler self = new ProcSampler(List.of(ProcessHandle.current().pid()));
        List<Integer> offered = new ArrayList<>();
        offered.add(plan.rates().get(0) / 2); // step 0 warms up the JITs on both sides and is not reported
        offered.addAll(plan.rates());
        double bestWithinLimit = 0;
        int users = sockets.size();
        for (int s = 0; s < offered.size(); s++) {
            int stepIndex = s;
            Step step = steps.computeIfAbsent(s, key -> new Step());
            double messagesPerSecond = offered.get(s) / (double) (plan.group() - 1);
            sampler.start();
            self.start();
            long sent = OpenLoop.run(messagesPerSecond, s == 0 ? plan.warmup() : plan.step(), (scheduled, seq) -> {
                int sender = ThreadLocalRandom.current().nextInt(users);
                String ref = stepIndex + "-" + seq;
                pendingAcks.put(ref, new long[] {scheduled, stepIndex});
                sockets.get(sender).send(Frames.send(ref, conversationOf[sender], Frames.content(stepIndex, scheduled, sender)))
                        .exceptionally(error -> {
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
            double seconds = plan.step().toNanos() / 1e9;
            Map<String, Object> row = result.row(series);
            row.put("rate_per_s", offered.get(s));
            row.put("messages_per_s", Report.round(sent / seconds));
            row.put("delivered_per_s", Report.round(step.delivered().get() / seconds));
            row.put("missing", sent * (plan.group() - 1) - step.delivered().get());
            row.putAll(step.delivery().summary(""));
            row.put("ack_p99_ms", Report.round(step.ack().percentileMillis(99)));
            row.put("unacked", sent - step.ack().count());
            row.put("errors", step.errors().get());
            row.putAll(server);
            row.put("load_cpu_pct", loadCpu);
            double p99 = step.delivery().percentileMillis(99);
            if (p99 <= plan.p99LimitMillis() && step.delivered().get() > 0) {
                bestWithinLimit = Math.max(bestWithinLimit, step.delivered().get() / seconds);
            }
            if (!(p99 <= plan.p99LimitMillis())) {
                result.note(series + ": stopped stepping: p99 " + Report.round(p99) + " ms exceeded " + plan.p99LimitMillis()
                        + " ms at " + offered.get(s) + " offered deliveries/s.");
                break;
            }
        }
        return bestWithinLimit;
    }

    private void onFrame(String frame, int self) {
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
}
