package dev.parley.http.realtime;

import dev.parley.domain.realtime.WireFrame;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The outbound queue of a stream whose writes block (SSE). Publishers never block: {@link #offer} only enqueues and, when no
 * writer is running, starts one (virtual) writer that drains the queue in order and ends when it is
 * empty, so an idle socket holds no thread. A consumer that lets the queue fill up is closed with
 * {@link CloseCodes#SLOW_CONSUMER}; it reconnects and catches up through {@code seq}.
 */
final class OutboundQueue implements Outbound {
    /** Where frames go; writes may block (only the writer thread calls them). */
    interface Sink {
        void write(String frame) throws Exception;

        void heartbeat() throws Exception;

        void close(int code, String reason);
    }

    private sealed interface Item permits Frame, Heartbeat, Close {
    }

    private record Frame(WireFrame frame) implements Item {
    }

    private record Heartbeat() implements Item {
    }

    private record Close(int code, String reason) implements Item {
    }

    private final BlockingQueue<Item> items;
    private final Sink sink;
    private final AtomicBoolean closing = new AtomicBoolean();
    /** True while a writer owns the queue; at most one writer at a time keeps frames in order. */
    private final AtomicBoolean writing = new AtomicBoolean();
    private final ThreadFactory threads;
    private volatile Thread writer;
    private volatile boolean stopped;

    OutboundQueue(Sink sink, int capacity, ThreadFactory threads) {
        // Linked, not array-backed: an idle socket's queue is empty, and a preallocated array of the full
        // capacity cost ~4 KiB of heap per connected socket.
        this.items = new LinkedBlockingQueue<>(capacity + 1);
        this.sink = sink;
        this.threads = threads;
    }

    /** Enqueues a frame without blocking; false when the socket is closing or was just closed as too slow. */
    @Override
    public boolean offer(WireFrame frame) {
        if (closing.get()) {
            return false;
        }
        if (items.remainingCapacity() <= 1 || !items.offer(new Frame(frame))) {
            closeNow(CloseCodes.SLOW_CONSUMER, "slow consumer: outbound queue full");
            return false;
        }
        startWriter();
        return true;
    }

    @Override
    public void offerHeartbeat() {
        if (!closing.get() && items.remainingCapacity() > 1 && items.offer(new Heartbeat())) {
            startWriter();
        }
    }

    @Override
    public void ping() {
        // SSE has no protocol pings: heartbeat comment lines keep it alive.
    }

    /** Closes once the frames already queued are written (the last slot is reserved for this). */
    @Override
    public void closeAfterPending(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            items.offer(new Close(code, reason));
            startWriter();
        }
    }

    /** Drops what is queued and closes at once. */
    @Override
    public void closeNow(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            items.clear();
            items.offer(new Close(code, reason));
            // A writer stuck on a dead peer will never reach the marker: close from here too.
            Thread.ofVirtual().start(() -> sink.close(code, reason));
        }
    }

    /** The socket is gone: drop what is queued and stop a writer that may be stuck on the dead peer. */
    @Override
    public void stop() {
        closing.set(true);
        stopped = true;
        items.clear();
        Thread current = writer;
        if (current != null) {
            current.interrupt();
        }
    }

    int size() {
        return items.size();
    }

    private void startWriter() {
        if (!stopped && writing.compareAndSet(false, true)) {
            Thread thread = threads.newThread(this::drain);
            writer = thread;
            thread.start();
        }
    }

    private void drain() {
        try {
            while (!stopped) {
                Item item = items.poll();
                if (item == null) {
                    writing.set(false);
                    // A frame offered between the empty poll and the release would otherwise wait: take it back.
                    if (items.isEmpty() || !writing.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                switch (item) {
                    case Frame frame -> sink.write(frame.frame().text());
                    case Heartbeat ignored -> sink.heartbeat();
                    case Close close -> {
                        sink.close(close.code(), close.reason());
                        return; // keeps `writing` set: nothing is written after a close
                    }
                }
            }
        } catch (InterruptedException stoppedWhileWriting) {
            Thread.currentThread().interrupt();
        } catch (Exception broken) {
            closing.set(true);
            sink.close(CloseCodes.SLOW_CONSUMER, "write failed or timed out");
        }
    }
}
