package dev.parley.bench;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Opens Socket.IO 4 connections (Engine.IO 4 over a plain WebSocket, no polling) on the lean client, for the peer
 * relay that {@code fanout --peer socketio} measures Parley against. The "token" of a connection is the room it
 * joins, sent as the namespace connect's auth payload {@code {"room": …}}.
 */
public final class SocketIoConnector implements WsConnector {
    private final LeanWsConnector websockets = new LeanWsConnector(room -> "/socket.io/?EIO=4&transport=websocket");

    @Override
    public CompletableFuture<WsClient> connect(URI server, String room, Consumer<String> handler) {
        SocketIoClient client = new SocketIoClient("{\"room\":\"" + room + "\"}", handler);
        websockets.connect(server, room, client::onPacket).whenComplete(client::upgraded);
        return client.connected();
    }
}
