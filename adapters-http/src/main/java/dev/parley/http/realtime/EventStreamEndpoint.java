package dev.parley.http.realtime;

import dev.parley.domain.account.Principal;
import dev.parley.http.server.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/v1/events}: the same events as the WebSocket, as Server-Sent Events (one {@code data:}
 * line of JSON per event); comment heartbeats keep proxies from closing an idle stream. It authenticates by
 * the bearer header or by a one-time {@code ?ticket=} (a browser's {@code EventSource} cannot send headers),
 * before anything is streamed, so a refusal is an ordinary JSON error. It streams whatever the request's
 * {@code Accept} header says: the path can only mean a stream.
 */
final class EventStreamEndpoint {
    private final Gateway gateway;
    private final Credentials credentials;

    EventStreamEndpoint(Gateway gateway, Credentials credentials) {
        this.gateway = gateway;
        this.credentials = credentials;
    }

    void register(ApiRoutes routes) {
        // Public to the access filter only: the credentials are checked here (a ticket is not a bearer token).
        routes.publicGet("/events", this::stream);
    }

    private void stream(Context ctx) throws Exception {
        Principal principal = credentials.principal(ctx);
        HttpServletResponse response = ctx.res();
        response.setStatus(200);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/event-stream");
        response.addHeader("Connection", "close");
        response.addHeader("Cache-Control", "no-cache");
        response.addHeader("X-Accel-Buffering", "no");
        response.flushBuffer();
        ctx.async(config -> config.timeout = 0, () -> opened(new SseClient(ctx), principal));
    }

    private void opened(SseClient client, Principal principal) {
        client.keepAlive();
        Connection connection = gateway.open(principal, new Sink(client));
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
