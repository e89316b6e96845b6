package dev.parley.bootstrap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A WebSocket client for tests (JDK {@code java.net.http.WebSocket}): collects frames and the close code. Every
 * frame a test reads is checked against the AsyncAPI document ({@link FrameContract}).
 */
public final class WsClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final CompletableFuture<Void> pinged = new CompletableFuture<>();
    private final BlockingQueue<ByteBuffer> pongs = new LinkedBlockingQueue<>();
    private final WebSocket socket;
    private volatile String closeReason;

    private WsClient(String url) {
        this.socket = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(url), new Listener()).join();
    }

    /** Connects to {@code /api/v1/ws?<query>}; fails (CompletionException) when the upgrade is refused. */
    public static WsClient connect(RunningNode node, String query) {
        return connect(node.port(), query);
    }

    public static WsClient connect(int port, String query) {
        return new WsClient("ws://127.0.0.1:" + port + "/api/v1/ws?" + query);
    }

    public static WsClient withToken(RunningNode node, String token) {
        return connect(node, "token=" + token);
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    public void sendBinary(byte[] data) {
        socket.sendBinary(ByteBuffer.wrap(data), true).join();
    }

    /** Sends a protocol ping; true when its pong (same payload) came back within {@code wait}. */
    public boolean ping(Duration wait) {
        ByteBuffer payload = ByteBuffer.wrap("are-you-there".getBytes(StandardCharsets.UTF_8));
        socket.sendPing(payload.duplicate()).join();
        try {
            ByteBuffer pong = pongs.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            return payload.equals(pong);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /** True once the server sent a protocol ping within {@code wait} (the client answers it by itself). */
    public boolean pingedWithin(Duration wait) {
        try {
            pinged.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException notYet) {
            return false;
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    /** The next frame, waiting up to 5 s. */
    public JsonNode next() {
        return next(Duration.ofSeconds(5));
    }

    public JsonNode next(Duration wait) {
        try {
            JsonNode frame = frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("no frame within " + wait);
            }
            if (frame.isObject()) {
                FrameContract.checkServerFrame(frame); // every frame a test reads must match the AsyncAPI document
            }
            return frame;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /** Skips frames until one matches (e.g. a type), waiting up to 5 s in all. */
    public JsonNode nextMatching(Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            JsonNode frame = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (wanted.test(frame)) {
                return frame;
            }
        }
    }

    /** The close code the server sent, waiting up to {@code wait}. */
    public int closeCode(Duration wait) {
        return closed.orTimeout(wait.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    /** The reason of the server's close frame, once {@link #closeCode} has returned. */
    public String closeReason() {
        return closeReason;
    }

    public boolean isClosed() {
        return closed.isDone() || socket.isInputClosed();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(partial.toString()));
                } catch (Exception notJson) {
                    frames.add(JSON.getNodeFactory().textNode(partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            pinged.complete(null);
            return WebSocket.Listener.super.onPing(webSocket, message);
        }

        @Override
        public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
            ByteBuffer copy = ByteBuffer.allocate(message.remaining());
            copy.put(message).flip();
            pongs.add(copy);
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeReason = reason;
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
