package dev.parley.http.realtime;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

/** Writes frames to a Jetty WebSocket one at a time, each bounded by the write timeout; pings it when asked. */
final class WebSocketSink implements OutboundQueue.Sink {
    private final CoreSession session;
    private final Duration writeTimeout;

    WebSocketSink(CoreSession session, Duration writeTimeout) {
        this.session = session;
        this.writeTimeout = writeTimeout;
    }

    @Override
    public void write(String frame) throws Exception {
        FutureCallback written = new FutureCallback();
        session.sendFrame(new Frame(OpCode.TEXT, frame), written, false);
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
        if (session.isOutputOpen()) {
            session.sendFrame(new Frame(OpCode.PING), Callback.NOOP, false);
        }
    }

    @Override
    public void close(int code, String reason) {
        if (session.isOutputOpen()) {
            session.close(code, reason, Callback.NOOP);
        }
    }
}
