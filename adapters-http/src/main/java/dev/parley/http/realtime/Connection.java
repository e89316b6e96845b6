package dev.parley.http.realtime;

import dev.parley.domain.account.Principal;
import dev.parley.domain.realtime.WireFrame;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One live client stream (a WebSocket or an SSE response) of one session: its outbound queue, and a
 * serial inbound executor so frames that call use cases run off the callback thread, in order.
 */
final class Connection {
    private final String id;
    private final Principal principal;
    private final Outbound queue;
    private final AtomicBoolean registered = new AtomicBoolean(true);
    private ExecutorService inbound;

    Connection(String id, Principal principal, Outbound queue) {
        this.id = id;
        this.principal = principal;
        this.queue = queue;
    }

    String id() {
        return id;
    }

    Principal principal() {
        return principal;
    }

    /** Never blocks; a full queue closes the connection as a slow consumer. */
    boolean send(WireFrame frame) {
        return queue.offer(frame);
    }

    /** A reply to this connection alone (pong, ack, error). */
    boolean send(String frame) {
        return send(WireFrame.ofText(frame));
    }

    void heartbeat() {
        queue.offerHeartbeat();
    }

    void ping() {
        queue.ping();
    }

    void closeAfterPending(int code, String reason) {
        queue.closeAfterPending(code, reason);
    }

    void closeNow(int code, String reason) {
        queue.closeNow(code, reason);
    }

    /** Runs inbound work on this connection's own virtual thread, one task at a time. */
    synchronized void handleInbound(Runnable work) {
        if (!registered.get()) {
            return;
        }
        if (inbound == null) {
            inbound = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("parley-in-" + id).factory());
        }
        inbound.execute(work);
    }

    /** True once, for whoever unregisters the connection first (close callbacks may race). */
    synchronized boolean markGone() {
        queue.stop();
        if (inbound != null) {
            inbound.shutdown();
        }
        return registered.compareAndSet(true, false);
    }
}
