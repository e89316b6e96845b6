package dev.parley.bench;

import java.util.concurrent.CompletionStage;

/**
 * One Parley WebSocket ({@code /api/v1/ws?token=}) as the scenarios use it, on either client
 * ({@link WsConnector}): whole text frames go to the handler given when it was opened, on the client's
 * reading thread (keep it short).
 */
public interface WsClient {

    /** Sends a text frame from any thread without waiting for the network; a failure is reported to the stage. */
    CompletionStage<?> send(String text);

    boolean isOpen();

    void close();
}
