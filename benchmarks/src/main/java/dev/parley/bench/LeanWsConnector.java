package dev.parley.bench;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Opens lean WebSockets ({@link LeanWsClient}), spread round-robin over a few selector threads: Parley's
 * {@code /api/v1/ws?token=} by default, or any other path ({@link SocketIoConnector} uses Socket.IO's).
 */
public final class LeanWsConnector implements WsConnector {
    /**
     * One selector thread per core: the load generator shares the cores with the nodes and PostgreSQL, and
     * fewer threads find more ready sockets per select.
     */
    private static final int LOOPS = Runtime.getRuntime().availableProcessors();

    private final List<WsLoop> loops = IntStream.range(0, LOOPS).mapToObj(i -> new WsLoop("lean-ws-" + i)).toList();
    private final AtomicInteger next = new AtomicInteger();
    private final UnaryOperator<String> targetForToken;

    /** Parley's WebSocket, authenticated by the access token in the query. */
    public LeanWsConnector() {
        this(token -> "/api/v1/ws?token=" + token);
    }

    /** WebSockets to the path and query that {@code targetForToken} makes of the token it is given. */
    public LeanWsConnector(UnaryOperator<String> targetForToken) {
        this.targetForToken = targetForToken;
    }

    @Override
    public CompletableFuture<WsClient> connect(URI server, String accessToken, Consumer<String> handler) {
        try {
            return LeanWsClient.open(loops.get(Math.floorMod(next.getAndIncrement(), loops.size())), server,
                    targetForToken.apply(accessToken), handler);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
