package dev.parley.http.realtime;

import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.Caller;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;

/**
 * {@code GET /api/v1/events}: the same events as the WebSocket, as Server-Sent Events (one {@code data:}
 * line of JSON per event), authenticated by the usual bearer header; comment heartbeats keep proxies
 * from closing an idle stream.
 */
final class EventStreamEndpoint {
    private final Gateway gateway;

    EventStreamEndpoint(Gateway gateway) {
        this.gateway = gateway;
    }

    void register(ApiRoutes routes) {
        routes.get("/events", new SseHandler(this::opened));
    }

    private void opened(SseClient client) {
        client.ctx().header("X-Accel-Buffering", "no");
        client.keepAlive();
        Connection connection = gateway.open(Caller.of(client.ctx()), new Sink(client));
        client.onClose(() -> gateway.gone(connection));
        // A first comment through the queue (never a second writer) flushes the headers at once.
        connection.heartbeat();
    }

    /** Writes events and heartbeats to one SSE response. */
    private record Sink(SseClient client) implements OutboundQueue.Sink {
        @Override
        public void write(String frame) {
            client.sendData(frame);
        }

        @Override
        public void heartbeat() {
            client.sendComment("heartbeat");
        }

        @Override
        public void close(int code, String reason) {
            client.close();
        }
    }
}
