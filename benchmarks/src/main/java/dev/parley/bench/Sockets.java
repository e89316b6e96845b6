package dev.parley.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/** Opens many WebSockets with a bounded number of handshakes in flight, socket i to {@code server(i)}. */
public final class Sockets {
    private Sockets() {
    }

    public static List<WsClient> open(WsConnector connector, List<String> tokens, IntFunction<URI> server,
                                      IntFunction<Consumer<String>> handler, int inFlight) throws Exception {
        Semaphore permits = new Semaphore(inFlight);
        List<CompletableFuture<WsClient>> futures = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            permits.acquire();
            futures.add(connector.connect(server.apply(i), tokens.get(i), handler.apply(i))
                    .whenComplete((client, error) -> permits.release()));
        }
        List<WsClient> sockets = new ArrayList<>();
        for (CompletableFuture<WsClient> future : futures) {
            sockets.add(future.get());
        }
        return sockets;
    }
}
