package dev.parley.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;
import java.util.function.Consumer;

/** Opens many WebSockets with a bounded number of handshakes in flight, socket i to {@code server(i)}. */
public final class Sockets {
    private Sockets() {
    }

    public static List<WsClient> open(HttpClient http, List<String> tokens, IntFunction<URI> server,
                                      IntFunction<Consumer<String>> handler, int inFlight) throws Exception {
        return open(List.of(http), tokens, server, handler, inFlight);
    }

    /** As above, socket i on client i mod n: each JDK client reads its sockets on one selector thread. */
    public static List<WsClient> open(List<HttpClient> clients, List<String> tokens, IntFunction<URI> server,
                                      IntFunction<Consumer<String>> handler, int inFlight) throws Exception {
        Semaphore permits = new Semaphore(inFlight);
        List<CompletableFuture<WsClient>> futures = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            permits.acquire();
            futures.add(WsClient.connect(clients.get(i % clients.size()), server.apply(i), tokens.get(i), handler.apply(i))
                    .whenComplete((client, error) -> permits.release()));
        }
        List<WsClient> sockets = new ArrayList<>();
        for (CompletableFuture<WsClient> future : futures) {
            sockets.add(future.get());
        }
        return sockets;
    }
}
