package dev.parley.http.server;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.server.WebSocketMappings;
import org.eclipse.jetty.websocket.core.server.WebSocketServerComponents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jetty handler in front of Javalin that upgrades the {@link WebSocketRoute}s' handshakes (a request
 * with {@code Sec-WebSocket-Version}, as Javalin tells them apart); everything else goes on to Javalin.
 * Javalin's WebSocket support (and Jetty's own WebSocket API under it) kept the upgrade request, its
 * servlet channel, HTTP connection and an HTTP session per socket, about 11 KiB each; Jetty's core API
 * keeps none of it. A refused handshake gets the error envelope with a request id, like any route.
 */
final class WebSocketRoutes extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketRoutes.class);

    private final WebSocketMappings mappings;
    private final Map<String, WebSocketRoute> routes;

    WebSocketRoutes(Server server, Map<String, WebSocketRoute> routes) {
        this.mappings = new WebSocketMappings(WebSocketServerComponents.ensureWebSocketComponents(server));
        this.routes = Map.copyOf(routes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // The first handler of every request: static assets and refused handshakes get the header too.
        response.getHeaders().put(ResponseHeaders.NOSNIFF_NAME, ResponseHeaders.NOSNIFF);
        WebSocketRoute route = routes.get(Request.getPathInContext(request));
        if (route != null && request.getHeaders().contains(HttpHeader.SEC_WEBSOCKET_VERSION)
                && upgrade(route, request, response, callback)) {
            return true;
        }
        return super.handle(request, response, callback);
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.BLOCKING; // authenticating a handshake may read the database
    }

    private boolean upgrade(WebSocketRoute route, Request request, Response response, Callback callback) {
        String requestId = RequestIds.choose(request.getHeaders().get(RequestIds.HEADER));
        try {
            return route.upgrade(mappings, request, response, callback);
        } catch (ParleyException refused) {
            refuse(response, callback, refused, requestId);
        } catch (Exception failure) {
            // Not Response.writeError: it logs the request URI, and the URI carries the credential.
            LOG.error("WebSocket upgrade failed request_id={}", requestId, failure);
            refuse(response, callback, new ParleyException(ErrorCode.INTERNAL, "an internal error occurred"), requestId);
        }
        return true;
    }

    /** Answers {@code refused} as the error envelope from plain Jetty (before Javalin), with the request id. */
    static void refuse(Response response, Callback callback, ParleyException refused, String requestId) {
        try {
            byte[] body = Json.mapper().writeValueAsBytes(
                    ErrorResponses.envelope(refused.code(), refused.getMessage(), refused.details(), requestId));
            response.setStatus(ErrorResponses.status(refused.code()));
            response.getHeaders().put(RequestIds.HEADER, requestId);
            refused.retryAfter().ifPresent(wait -> response.getHeaders().put(HttpHeader.RETRY_AFTER,
                    String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000))));
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.write(true, ByteBuffer.wrap(body), callback);
        } catch (Exception failure) {
            callback.failed(failure);
        }
    }
}
