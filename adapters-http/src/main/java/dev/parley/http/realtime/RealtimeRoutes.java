package dev.parley.http.realtime;

import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.RouteGroup;

/** The real-time route group: WebSocket, SSE and socket tickets. */
final class RealtimeRoutes implements RouteGroup {
    private final WebSocketEndpoint webSocket;
    private final EventStreamEndpoint eventStream;
    private final TicketRoutes tickets;

    RealtimeRoutes(WebSocketEndpoint webSocket, EventStreamEndpoint eventStream, TicketRoutes tickets) {
        this.webSocket = webSocket;
        this.eventStream = eventStream;
        this.tickets = tickets;
    }

    @Override
    public void register(ApiRoutes routes) {
        webSocket.register(routes);
        eventStream.register(routes);
        tickets.register(routes);
    }
}
