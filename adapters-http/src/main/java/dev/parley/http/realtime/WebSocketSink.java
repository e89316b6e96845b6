package dev.parley.http.realtime;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** Writes frames to a Jetty WebSocket one at a time, each bounded by the write timeout. */
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
    public void heartbeat() {
        // WebSockets are kept alive by protocol pings (see WebSocketEndpoint).
    }

    @Override
    public void close(int code, String reason) {
        if (session.isOpen()) {
            session.close(code, reason, Callback.NOOP);
        }
    }
}
