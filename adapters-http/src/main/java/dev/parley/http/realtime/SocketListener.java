package dev.parley.http.realtime;

import dev.parley.domain.account.Principal;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One upgraded WebSocket: registers it with the gateway when it opens, hands text frames to
 * {@link ClientFrames} (which never blocks the Jetty thread) and unregisters it however it ends.
 * Public only because Jetty binds the callbacks through method handles.
 */
public final class SocketListener implements Session.Listener.AutoDemanding {
    private final Principal principal;
    private final Gateway gateway;
    private final ClientFrames frames;
    private volatile Connection connection;

    SocketListener(Principal principal, Gateway gateway, ClientFrames frames) {
        this.principal = principal;
        this.gateway = gateway;
        this.frames = frames;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        GatewaySettings settings = gateway.settings();
        session.setMaxTextMessageSize(settings.maxFrameBytes());
        session.setMaxBinaryMessageSize(settings.maxFrameBytes());
        session.setIdleTimeout(settings.idleTimeout());
        connection = gateway.open(principal, new WebSocketSink(session, settings.writeTimeout()));
    }

    @Override
    public void onWebSocketText(String message) {
        Connection open = connection;
        if (open != null) {
            frames.receive(open, message);
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        gateway.gone(connection);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        gateway.gone(connection);
    }
}
