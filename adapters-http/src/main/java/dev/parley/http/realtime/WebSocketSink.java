package dev.parley.http.realtime;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** Writes frames to a Jetty WebSocket one at a time, each bounded by the write timeout; pings it when asked. */
final class WebSocketSink implements OutboundQueue.Sink {
    private final Session session;
    private final Duration writeTimeout;

    WebSocketSink(Session session, Duration writeTimeout) {
        this.session = session;
        this.writeTimeout = writeTimeout;
    }

    @Override
    public void write(String frame) throws Exception {
        Callback.Completable written = new Callback.Completable();
        session.sendText(frame, written);
        written.get(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean wantsHeartbeats() {
        return false; // kept alive by protocol pings instead
    }

    @Override
    public void heartbeat() {
        // never queued: see wantsHeartbeats
    }

    @Override
    public void ping() {
        if (session.isOpen()) {
            session.sendPing(ByteBuffer.allocate(0), Callback.NOOP);
        }
    }

    @Override
    public void close(int code, String reason) {
        if (session.isOpen()) {
            session.close(code, reason, Callback.NOOP);
        }
    }
}
