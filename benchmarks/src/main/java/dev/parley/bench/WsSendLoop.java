package dev.parley.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Closed loop over WebSocket, the fan-in that group commit needs: every socket keeps {@code window}
 * {@code message.send} frames in flight and sends the next one as soon as one is answered ({@code ack} =
 * committed, or {@code error}), matched by {@code ref}. Latency is per acknowledged frame.
 */
final class WsSendLoop {
    private final String[] conversationOf;
    private final int window;
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Latency latency = new Latency();
    private final AtomicLong acked = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong nextRef = new AtomicLong();
    private volatile List<WsClient> sockets;
    private volatile long deadline = Long.MAX_VALUE;

    WsSendLoop(String[] conversationOf, int window) {
        this.conversationOf = conversationOf;
        this.window = window;
    }

    /** The frame handler of socket {@code index} (runs on the client's reader thread: short, never blocks). */
    Consumer<String> handler(int index) {
        return frame -> {
            boolean ack = Frames.isType(frame, "ack");
            if (!ack && !Frames.isType(frame, "error")) {
                return;
            }
            Long began = sentAt.remove(String.valueOf(Frames.ref(frame)));
            if (began == null) {
                return;
            }
            boolean inTime = System.nanoTime() < deadline;
            if (ack && inTime) {
                acked.incrementAndGet();
                latency.recordSince(began);
            } else if (!ack) {
                errors.incrementAndGet();
            }
            if (inTime) {
                send(index);
            }
        };
    }

    ClosedLoop.Outcome run(List<WsClient> connected, Duration duration) throws InterruptedException {
        sockets = connected;
        long start = System.nanoTime();
        deadline = start + duration.toNanos();
        for (int index = 0; index < connected.size(); index++) {
            for (int w = 0; w < window; w++) {
                send(index);
            }
        }
        Thread.sleep(duration.toMillis());
        long drainUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!sentAt.isEmpty() && System.nanoTime() < drainUntil) {
            Thread.sleep(20);
        }
        return new ClosedLoop.Outcome(acked.get(), acked.get(), errors.get() + sentAt.size(), latency, duration);
    }

    private void send(int index) {
        String ref = "p" + nextRef.incrementAndGet();
        sentAt.put(ref, System.nanoTime());
        sockets.get(index).send(Frames.send(ref, conversationOf[index], "persist ws " + ref)).exceptionally(error -> {
            if (sentAt.remove(ref) != null) {
                errors.incrementAndGet();
            }
            return null;
        });
    }
}
