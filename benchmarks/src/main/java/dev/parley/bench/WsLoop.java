package dev.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One selector thread owning many {@link LeanWsClient} sockets: connects them, reads and decodes what
 * arrives (the frame handlers run here, so they must be short), and writes what a sender could not.
 */
final class WsLoop implements Runnable {
    private final Selector selector;
    private final Queue<LeanWsClient> arrivals = new ConcurrentLinkedQueue<>();

    WsLoop(String threadName) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().name(threadName).daemon().start(this);
    }

    /** Hands a new socket to this loop's thread, which connects it. */
    void adopt(LeanWsClient client) {
        arrivals.add(client);
        selector.wakeup();
    }

    /** Makes the loop see a change of interest made on another thread (a write that has to wait). */
    void wakeup() {
        selector.wakeup();
    }

    @Override
    public void run() {
        while (selector.isOpen()) {
            try {
                selector.select(WsLoop::dispatch);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (LeanWsClient client = arrivals.poll(); client != null; client = arrivals.poll()) {
                client.connect(selector);
            }
        }
    }

    private static void dispatch(SelectionKey key) {
        try {
            ((LeanWsClient) key.attachment()).ready(key.readyOps());
        } catch (CancelledKeyException closedMeanwhile) {
            // a sender's failed write closed the socket after the select
        }
    }
}
