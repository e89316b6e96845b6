package dev.parley.http.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * A WebSocket endpoint that Jetty upgrades itself, in front of Javalin ({@link WebSocketRoutes}), so
 * that an open socket keeps no servlet request, HTTP session or Javalin context alive.
 */
@FunctionalInterface
public interface WebSocketRoute {
    /**
     * Answers one handshake, typically with {@code container.upgrade(...)}; throws a
     * {@code ParleyException} to refuse it with that error's status and the contract's envelope.
     * Returns false when the request was not taken as an upgrade (Javalin then answers it).
     */
    boolean upgrade(ServerWebSocketContainer container, Request request, Response response, Callback callback)
            throws Exception;
}
