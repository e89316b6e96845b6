package dev.parley.http.server;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The outermost handler: counts requests in flight so a stopping node lets them finish, and once the node
 * is shutting down answers every new request 503 {@code unavailable} with {@code Retry-After} and
 * {@code Connection: close} (the envelope, not a reset connection), so clients retry on another node.
 */
final class ShutdownGate extends GracefulHandler {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    ShutdownGate(Handler next) {
        super(next);
    }

    /** From now on new requests get 503; the future completes when the requests in flight have finished. */
    CompletableFuture<Void> close() {
        return shutdown();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!isShutdown()) {
            return super.handle(request, response, callback);
        }
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        WebSocketRoutes.refuse(response, callback, new ParleyException(ErrorCode.UNAVAILABLE,
                        "the server is shutting down, retry shortly", List.of(), RETRY_AFTER),
                RequestIds.choose(request.getHeaders().get(RequestIds.HEADER)));
        return true;
    }
}
