package dev.parley.bench;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Opens the load generator's WebSockets on the client chosen with {@code --client}: {@code lean}
 * ({@link LeanWsConnector}, the default) or {@code jdk} ({@link JdkWsConnector}).
 */
@FunctionalInterface
public interface WsConnector {

    CompletableFuture<WsClient> connect(URI server, String accessToken, Consumer<String> handler);

    /**
     * The connector for {@code --client} to hold {@code sockets}; {@code jdkExecutor} runs the JDK client's
     * tasks (its frame handlers among them).
     */
    static WsConnector forClient(String client, int sockets, Executor jdkExecutor) {
        return switch (client) {
            case "lean" -> new LeanWsConnector();
            case "jdk" -> JdkWsConnector.create(sockets, jdkExecutor);
            default -> throw new IllegalArgumentException("--client must be lean or jdk, not " + client);
        };
    }
}
