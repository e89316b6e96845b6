package dev.parley.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** Opens WebSockets on the JDK client ({@link JdkWsClient}), round-robin over a few HttpClients. */
public final class JdkWsConnector implements WsConnector {
    private final List<HttpClient> clients;
    private final AtomicInteger next = new AtomicInteger();

    public JdkWsConnector(List<HttpClient> clients) {
        this.clients = List.copyOf(clients);
    }

    /** One HttpClient per 125 sockets, at most 8: each reads its sockets on one selector thread. */
    static JdkWsConnector create(int sockets, Executor executor) {
        return new JdkWsConnector(IntStream.range(0, Math.max(1, Math.min(8, sockets / 125)))
                .mapToObj(c -> JdkWsClient.httpClient(null, executor)).toList());
    }

    @Override
    public CompletableFuture<WsClient> connect(URI server, String accessToken, Consumer<String> handler) {
        return JdkWsClient.connect(clients.get(Math.floorMod(next.getAndIncrement(), clients.size())), server, accessToken, handler);
    }
}
