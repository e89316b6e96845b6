package dev.parley.http.realtime;

import dev.parley.domain.account.Principal;
import dev.parley.http.server.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /api/v1/ws}: authenticates the upgrade (401 before it happens), then bridges the socket
 * to the gateway. Callbacks only parse and enqueue; nothing here blocks a Jetty thread.
 */
final class WebSocketEndpoint {
    private static final String PRINCIPAL = "parley.ws.principal";

    private final Gateway gateway;
    private final Credentials credentials;
    private final ClientFrames frames;
    private final Map<String, Connection> bySocket = new ConcurrentHashMap<>();

    WebSocketEndpoint(Gateway gateway, Credentials credentials, ClientFrames frames) {
        this.gateway = gateway;
        this.credentials = credentials;
        this.frames = frames;
    }

    void register(ApiRoutes routes) {
        routes.ws("/ws", this::authenticate, ws -> {
            ws.onConnect(this::opened);
            ws.onMessage(this::received);
            ws.onClose(this::closed);
            ws.onError(ctx -> gateway.gone(bySocket.remove(ctx.sessionId())));
        });
    }

    private void authenticate(Context ctx) {
        ctx.attribute(PRINCIPAL, credentials.principal(ctx.queryParam("token"), ctx.queryParam("ticket")));
    }

    private void opened(WsConnectContext ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            ctx.closeSession(CloseCodes.UNAUTHORIZED, "unauthorized");
            return;
        }
        GatewaySettings settings = gateway.settings();
        ctx.session.setMaxTextMessageSize(settings.maxFrameBytes());
        ctx.session.setMaxBinaryMessageSize(settings.maxFrameBytes());
        ctx.session.setIdleTimeout(settings.idleTimeout());
        ctx.enableAutomaticPings(settings.pingInterval().toMillis(), TimeUnit.MILLISECONDS);
        bySocket.put(ctx.sessionId(), gateway.open(principal, ctx.session));
    }

    private void received(WsMessageContext ctx) {
        Connection connection = bySocket.get(ctx.sessionId());
        if (connection != null) {
            frames.receive(connection, ctx.message());
        }
    }

    private void closed(WsCloseContext ctx) {
        gone(ctx);
    }

    private void gone(WsContext ctx) {
        ctx.disableAutomaticPings();
        gateway.gone(bySocket.remove(ctx.sessionId()));
    }
}
