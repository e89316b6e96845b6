package dev.parley.http.realtime;

import dev.parley.domain.account.Principal;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.WebSocketRoute;
import java.util.List;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.websocket.core.server.WebSocketMappings;

/**
 * {@code GET /api/v1/ws}: authenticates the handshake by its {@code ?ticket=} or {@code ?token=} (401
 * before any upgrade), then upgrades it to a {@link SocketFrames} bridged to the gateway.
 *
 * <p>Per-socket memory is the point of this class: Jetty keeps the handshake's URI for the life of the
 * socket, so the credential is stripped from the request before the upgrade (it would otherwise sit in
 * the heap several times over, ~2 KiB a socket), and no extension is negotiated (permessage-deflate
 * holds a zlib deflater and inflater per socket).
 */
final class WebSocketEndpoint implements WebSocketRoute {
    private final Gateway gateway;
    private final Credentials credentials;
    private final ClientFrames frames;

    WebSocketEndpoint(Gateway gateway, Credentials credentials, ClientFrames frames) {
        this.gateway = gateway;
        this.credentials = credentials;
        this.frames = frames;
    }

    void register(ApiRoutes routes) {
        routes.webSocket("/ws", this);
    }

    @Override
    public boolean upgrade(WebSocketMappings mappings, Request request, Response response, Callback callback) {
        Fields query = Request.extractQueryParameters(request);
        Principal principal = credentials.principal(query.getValue("token"), query.getValue("ticket"));
        return mappings.upgrade((upgradeRequest, upgradeResponse, upgradeCallback) -> {
            upgradeResponse.setExtensions(List.of());
            return new SocketFrames(principal, gateway, frames);
        }, new WithoutQuery(request), response, callback, null);
    }

    /** The handshake as Jetty keeps it: the path only, no credential in the query. */
    private static final class WithoutQuery extends Request.Wrapper {
        private final HttpURI uri;

        WithoutQuery(Request request) {
            super(request);
            this.uri = HttpURI.build(request.getHttpURI()).query(null).asImmutable();
        }

        @Override
        public HttpURI getHttpURI() {
            return uri;
        }
    }
}
