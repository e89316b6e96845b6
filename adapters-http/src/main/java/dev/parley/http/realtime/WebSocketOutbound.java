package dev.parley.http.realtime;

import dev.parley.domain.realtime.WireFrame;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * A WebSocket's way out without a thread: frames go straight to Jetty's asynchronous send, which queues
 * them in call order and writes them from whichever thread finds the socket writable. This object is
 * the completion callback of every frame, so a delivery allocates nothing here beyond Jetty's frame and a
 * view of the shared, already encoded bytes; it
 * counts the frames Jetty has not written yet, and more than {@code capacity} of them means the peer does
 * not keep up. A slow consumer gets a 4008 close frame behind what is queued, and is dropped outright if
 * it has not taken it within {@code stallTimeout} (a peer that reads nothing would otherwise hold its
 * buffers until the idle timeout).
 */
final class WebSocketOutbound implements Outbound, Callback {
    private final CoreSession session;
    private final int capacity;
    private final Duration stallTimeout;
    private final ScheduledExecutorService timer;
    private final AtomicInteger unwritten = new AtomicInteger();
    private final AtomicBoolean closing = new AtomicBoolean();

    WebSocketOutbound(CoreSession session, int capacity, Duration stallTimeout, ScheduledExecutorService timer) {
        this.session = session;
        this.capacity = capacity;
        this.stallTimeout = stallTimeout;
        this.timer = timer;
    }

    @Override
    public boolean offer(WireFrame frame) {
        if (closing.get()) {
            return false;
        }
        if (unwritten.incrementAndGet() > capacity) {
            unwritten.decrementAndGet();
            closeNow(CloseCodes.SLOW_CONSUMER, "slow consumer: outbound queue full");
            return false;
        }
        // The frame's bytes were encoded once for every socket; this socket writes its own read-only view of them.
        session.sendFrame(new Frame(OpCode.TEXT, true, frame.bytes()), this, false);
        return true;
    }

    @Override
    public void offerHeartbeat() {
        // WebSockets are kept alive by protocol pings instead.
    }

    @Override
    public void ping() {
        if (!closing.get() && session.isOutputOpen()) {
            session.sendFrame(new Frame(OpCode.PING), Callback.NOOP, false);
        }
    }

    @Override
    public void closeAfterPending(int code, String reason) {
        if (closing.compareAndSet(false, true) && session.isOutputOpen()) {
            session.close(code, reason, Callback.NOOP); // queued behind the frames already sent
        }
    }

    @Override
    public void closeNow(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            if (session.isOutputOpen()) {
                session.close(code, reason, Callback.NOOP);
            }
            try {
                timer.schedule(this::dropIfStillOpen, stallTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                session.abort();
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
    public void succeeded() {
        unwritten.decrementAndGet();
    }

    @Override
    public void failed(Throwable cause) {
        unwritten.decrementAndGet();
        if (closing.compareAndSet(false, true)) {
            session.abort(); // the transport broke: nothing more can be written
        }
    }

    private void dropIfStillOpen() {
        if (session.isOutputOpen() || session.isInputOpen()) {
            session.abort();
        }
    }
}
