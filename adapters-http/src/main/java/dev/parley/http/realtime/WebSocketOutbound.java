package dev.parley.http.realtime;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A WebSocket's way out without a thread: frames go straight to Jetty's asynchronous send, which queues
 * them in call order and writes them from whichever thread finds the socket writable. This object is
 * the completion callback of every frame, so a delivery allocates nothing here; it counts the frames
 * Jetty has not written yet, and more than {@code capacity} of them means the peer does not keep up.
 * A slow consumer gets a 4008 close frame behind what is queued, and is dropped outright if it has not
 * taken it within {@code stallTimeout} (a peer that reads nothing would otherwise hold its buffers
 * until the idle timeout).
 */
final class WebSocketOutbound implements Outbound, Callback {
    private final Session session;
    private final int capacity;
    private final Duration stallTimeout;
    private final ScheduledExecutorService timer;
    private final AtomicInteger unwritten = new AtomicInteger();
    private final AtomicBoolean closing = new AtomicBoolean();

    WebSocketOutbound(Session session, int capacity, Duration stallTimeout, ScheduledExecutorService timer) {
        this.session = session;
        this.capacity = capacity;
        this.stallTimeout = stallTimeout;
        this.timer = timer;
    }

    @Override
    public boolean offer(String frame) {
        if (closing.get()) {
            return false;
        }
        if (unwritten.incrementAndGet() > capacity) {
            unwritten.decrementAndGet();
            closeNow(CloseCodes.SLOW_CONSUMER, "slow consumer: outbound queue full");
            return false;
        }
        session.sendText(frame, this);
        return true;
    }

    @Override
    public void offerHeartbeat() {
        // WebSockets are kept alive by protocol pings (see WebSocketEndpoint).
    }

    @Override
    public void closeAfterPending(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            session.close(code, reason, Callback.NOOP); // queued behind the frames already sent
        }
    }

    @Override
    public void closeNow(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            session.close(code, reason, Callback.NOOP);
            try {
                timer.schedule(this::dropIfStillOpen, stallTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                session.disconnect();
            }
        }
    }

    @Override
    public void stop() {
        closing.set(true);
    }

    /** Frames Jetty has accepted but not written yet. */
    int unwritten() {
        return unwritten.get();
    }

    @Override
    public void succeed() {
        unwritten.decrementAndGet();
    }

    @Override
    public void fail(Throwable cause) {
        unwritten.decrementAndGet();
        if (closing.compareAndSet(false, true)) {
            session.disconnect(); // the transport broke: nothing more can be written
        }
    }

    private void dropIfStillOpen() {
        if (session.isOpen()) {
            session.disconnect();
        }
    }
}
