package dev.parley.http.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.server.WebSocketMappings;

/**
 * A WebSocket endpoint that Jetty's core upgrades, in front of Javalin ({@link WebSocketRoutes}), so that
 * an open socket keeps no servlet request, HTTP session, Javalin context or HTTP connection alive.
 */
@FunctionalInterface
public interface WebSocketRoute {
    /**
     * Answers one handshake, typically with {@code mappings.upgrade(negotiator, ...)}; throws a
     * {@code ParleyException} to refuse it with that error's status and the contract's envelope.
     * Returns false when the request was not taken as an upgrade (Javalin then answers it).
     */
    boolean upgrade(WebSocketMappings mappings, Request request, Response response, Callback callback) throws Exception;
}
