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
        Semaphore permits = new Semaphore(inFlight);
        List<CompletableFuture<WsClient>> futures = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            permits.acquire();
            futures.add(WsClient.connect(http, server.apply(i), tokens.get(i), handler.apply(i))
                    .whenComplete((client, error) -> permits.release()));
        }
        List<WsClient> clients = new ArrayList<>();
        for (CompletableFuture<WsClient> future : futures) {
            clients.add(future.get());
        }
        return clients;
    }
}
