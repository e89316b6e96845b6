package dev.parley.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One Parley WebSocket on the JDK client ({@code --client jdk}): frames arrive through the client's
 * listener, sends are chained so that at most one is in flight.
 */
public final class JdkWsClient implements WsClient, WebSocket.Listener {
    private final Consumer<String> handler;
    private final StringBuilder partial = new StringBuilder();
    private final Object sendLock = new Object();
    private CompletableFuture<WebSocket> sendChain;
    private volatile WebSocket socket;
    private volatile boolean closed;

    private JdkWsClient(Consumer<String> handler) {
        this.handler = handler;
    }

    /** A client to share among many sockets; {@code localAddress} spreads sources over 127.0.0.x (null = any). */
    public static HttpClient httpClient(InetAddress localAddress, Executor executor) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).executor(executor);
        if (localAddress != null) {
            builder.localAddress(localAddress);
        }
        return builder.build();
    }

    public static CompletableFuture<WsClient> connect(HttpClient http, URI server, String accessToken, Consumer<String> handler) {
        JdkWsClient client = new JdkWsClient(handler);
        URI uri = URI.create(server.toString().replaceFirst("^http", "ws") + "/api/v1/ws?token=" + accessToken);
        return http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, client).<WsClient>thenApply(socket -> {
            client.socket = socket;
            client.sendChain = CompletableFuture.completedFuture(socket);
            return client;
        });
    }

    /** Queues a text frame behind the previous send. */
    @Override
    public CompletableFuture<WebSocket> send(String text) {
        synchronized (sendLock) {
            sendChain = sendChain.thenCompose(ws -> ws.sendText(text, true));
            return sendChain;
        }
    }

    @Override
    public boolean isOpen() {
        return !closed;
    }

    @Override
    public void close() {
        if (socket != null && !closed) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bench done").exceptionally(error -> null);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (last && partial.isEmpty()) {
            handler.accept(data.toString());
        } else {
            partial.append(data);
            if (last) {
                handler.accept(partial.toString());
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, java.nio.ByteBuffer data, boolean last) {
        handler.accept(StandardCharsets.UTF_8.decode(data).toString());
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed = true;
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed = true;
    }
}
