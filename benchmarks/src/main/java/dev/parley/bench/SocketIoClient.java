package dev.parley.bench;

import java.net.ProtocolException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * One Socket.IO connection over a lean WebSocket, speaking just what the fan-out needs of Engine.IO 4 and
 * Socket.IO 5 (the protocol versions of Socket.IO 4.x): the open packet {@code 0{…}} is answered with a connect to the
 * main namespace {@code 40{auth}}, which the server confirms with {@code 40{…}}; pings {@code 2} get pongs {@code 3};
 * events {@code 42[name, data]} go to the handler as they are. Sends are {@code 42["send", frame]}: the peer
 * relays the Parley-shaped frame's content to its room as a {@code message.created}-typed event and acks with
 * {@code {"type":"ack","ref":…}}, so the scenario reads both with the same {@link Frames} as Parley's.
 */
final class SocketIoClient implements WsClient {
    private final String auth;
    private final Consumer<String> handler;
    private final CompletableFuture<WsClient> connected = new CompletableFuture<>();
    private final CompletableFuture<WsClient> websocket = new CompletableFuture<>();

    SocketIoClient(String auth, Consumer<String> handler) {
        this.auth = auth;
        this.handler = handler;
    }

    CompletableFuture<WsClient> connected() {
        return connected;
    }

    /** The WebSocket upgrade's outcome. */
    void upgraded(WsClient socket, Throwable failure) {
        if (failure != null) {
            connected.completeExceptionally(failure);
        } else {
            websocket.complete(socket);
        }
    }

    /**
     * On the socket's reading thread. The upgrade completed before the first packet was decoded, so the wait
     * is at most for {@link #upgraded} to run on the thread that asked for the connection.
     */
    void onPacket(String packet) {
        WsClient socket = websocket.join();
        if (packet.startsWith("42")) {
            handler.accept(packet);
        } else if (packet.equals("2")) {
            socket.send("3");
        } else if (packet.startsWith("40")) {
            connected.complete(this);
        } else if (packet.startsWith("0")) {
            socket.send("40" + auth);
        } else if (packet.startsWith("44")) {
            connected.completeExceptionally(new ProtocolException("the namespace refused the connection: " + packet));
            socket.close();
        }
    }

    @Override
    public CompletionStage<?> send(String frame) {
        return websocket.getNow(null).send("42[\"send\"," + frame + "]");
    }

    @Override
    public boolean isOpen() {
        WsClient socket = websocket.getNow(null);
        return socket != null && socket.isOpen();
    }

    @Override
    public void close() {
        WsClient socket = websocket.getNow(null);
        if (socket != null) {
            socket.close();
        }
    }
}
