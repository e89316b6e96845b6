package dev.parley.bench;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** Opens lean WebSockets ({@link LeanWsClient}), spread round-robin over a few selector threads. */
public final class LeanWsConnector implements WsConnector {
    /**
     * One selector thread per core: the load generator shares the cores with the nodes and PostgreSQL, and
     * fewer threads find more ready sockets per select.
     */
    private static final int LOOPS = Runtime.getRuntime().availableProcessors();

    private final List<WsLoop> loops = IntStream.range(0, LOOPS).mapToObj(i -> new WsLoop("lean-ws-" + i)).toList();
    private final AtomicInteger next = new AtomicInteger();

    @Override
    public CompletableFuture<WsClient> connect(URI server, String accessToken, Consumer<String> handler) {
        try {
            return LeanWsClient.open(loops.get(Math.floorMod(next.getAndIncrement(), loops.size())), server, accessToken, handler);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
