package dev.parley.http.realtime;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One socket's bounded outbound queue, drained by its own (virtual) writer thread so publishers never
 * block: {@link #offer} only enqueues. A consumer that lets the queue fill up is closed with
 * {@link CloseCodes#SLOW_CONSUMER}; it reconnects and catches up through {@code seq}.
 */
final class OutboundQueue {
    /** Where frames go; writes may block (only the writer thread calls them). */
    interface Sink {
        void write(String frame) throws Exception;

        void heartbeat() throws Exception;

        void close(int code, String reason);
    }

    private sealed interface Item permits Frame, Heartbeat, Close {
    }

    private record Frame(String text) implements Item {
    }

    private record Heartbeat() implements Item {
    }

    private record Close(int code, String reason) implements Item {
    }

    private final BlockingQueue<Item> items;
    private final Sink sink;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Thread writer;

    OutboundQueue(Sink sink, int capacity, ThreadFactory threads) {
        this.items = new ArrayBlockingQueue<>(capacity + 1);
        this.sink = sink;
        this.writer = threads.newThread(this::drain);
        this.writer.start();
    }

    /** Enqueues a frame without blocking; false when the socket is closing or was just closed as too slow. */
    boolean offer(String frame) {
        if (closing.get()) {
            return false;
        }
        if (items.remainingCapacity() <= 1 || !items.offer(new Frame(frame))) {
            closeNow(CloseCodes.SLOW_CONSUMER, "slow consumer: outbound queue full");
            return false;
        }
        return true;
    }

    void offerHeartbeat() {
        if (!closing.get() && items.remainingCapacity() > 1) {
            items.offer(new Heartbeat());
        }
    }

    /** Closes once the frames already queued are written (the last slot is reserved for this). */
    void closeAfterPending(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            items.offer(new Close(code, reason));
        }
    }

    /** Drops what is queued and closes at once. */
    void closeNow(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            items.clear();
            items.offer(new Close(code, reason));
            // A writer stuck on a dead peer will never reach the marker: close from here too.
            Thread.ofVirtual().start(() -> sink.close(code, reason));
        }
    }

    /** The socket is gone: stop the writer. */
    void stop() {
        closing.set(true);
        writer.interrupt();
    }

    int size() {
        return items.size();
    }

    private void drain() {
        try {
            while (true) {
                Item item = items.take();
                switch (item) {
                    case Frame frame -> sink.write(frame.text());
                    case Heartbeat ignored -> sink.heartbeat();
                    case Close close -> {
                        sink.close(close.code(), close.reason());
                        return;
                    }
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (Exception broken) {
            closing.set(true);
            sink.close(CloseCodes.SLOW_CONSUMER, "write failed or timed out");
        }
    }
}
