package dev.parley.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One Parley WebSocket on the lean client: a non-blocking SocketChannel owned by a {@link WsLoop}, which
 * connects it, reads it and decodes its frames with no per-frame futures or demand signalling; sends from
 * any thread go through its {@link WsOutbox}.
 */
final class LeanWsClient implements WsClient, WsFrameDecoder.Listener {
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(30);

    private enum State { CONNECTING, UPGRADING, OPEN, CLOSING, CLOSED }

    private final URI server;
    private final String target;
    private final String key = WsHandshake.newKey();
    private final Consumer<String> handler;
    private final CompletableFuture<WsClient> opened = new CompletableFuture<>();
    private final WsFrameDecoder decoder = new WsFrameDecoder();
    private final SocketChannel channel;
    private final WsOutbox outbox;
    private ByteBuffer input = ByteBuffer.allocate(16 * 1024); // the loop thread's only, in write mode between reads
    private SelectionKey selectionKey;
    private volatile State state = State.CONNECTING;

    private LeanWsClient(WsLoop loop, URI server, String target, Consumer<String> handler) throws IOException {
        this.server = server;
        this.target = target;
        this.handler = handler;
        this.channel = SocketChannel.open();
        this.outbox = new WsOutbox(channel, loop);
    }

    /**
     * Connects on {@code loop} to {@code target} (path and query); completes once the server accepted the upgrade
     * (fails after 30 s), always before the first frame reaches the handler.
     */
    static CompletableFuture<WsClient> open(WsLoop loop, URI server, String target, Consumer<String> handler)
            throws IOException {
        LeanWsClient client = new LeanWsClient(loop, server, target, handler);
        client.opened.orTimeout(OPEN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).whenComplete((self, error) -> {
            if (error != null) {
                client.fail(error);
            }
        });
        loop.adopt(client);
        return client.opened;
    }

    @Override
    public CompletionStage<?> send(String text) {
        return write(WsFrames.clientFrame(WsFrames.TEXT, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean isOpen() {
        return state != State.CLOSED && state != State.CLOSING;
    }

    /** Sends a close frame (1000, normal closure); the connection ends when the server answers with its own. */
    @Override
    public void close() {
        if (state == State.OPEN) {
            state = State.CLOSING;
            write(closeFrame(1000));
        }
    }

    /** On the loop thread: starts connecting. */
    void connect(Selector selector) {
        try {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            selectionKey = channel.register(selector, 0, this);
            outbox.attach(selectionKey);
            if (channel.connect(new InetSocketAddress(server.getHost(), server.getPort()))) {
                connected();
            } else {
                selectionKey.interestOps(SelectionKey.OP_CONNECT);
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    /** On the loop thread: the socket is ready for what {@code readyOps} says. */
    void ready(int readyOps) {
        try {
            if ((readyOps & SelectionKey.OP_CONNECT) != 0) {
                connected();
            }
            if ((readyOps & SelectionKey.OP_WRITE) != 0) {
                outbox.flush();
            }
            if ((readyOps & SelectionKey.OP_READ) != 0 && state != State.CLOSED) {
                read();
            }
        } catch (IOException e) {
            fail(e);
        } catch (RuntimeException bug) {
            System.err.println("bench: closing a WebSocket after an unexpected failure (its frame handler?): " + bug);
            fail(bug);
        }
    }

    @Override
    public void onMessage(byte[] bytes, int offset, int length) {
        handler.accept(new String(bytes, offset, length, StandardCharsets.UTF_8));
    }

    @Override
    public void onPing(byte[] bytes, int offset, int length) {
        byte[] payload = new byte[length];
        System.arraycopy(bytes, offset, payload, 0, length);
        write(WsFrames.clientFrame(WsFrames.PONG, payload));
    }

    /** The server closes or answers our close: echo its status code unless we sent ours (RFC 6455 §5.5.1), then hang up. */
    @Override
    public void onClose(int statusCode) {
        if (state == State.OPEN) {
            state = State.CLOSING;
            write(closeFrame(statusCode == WsFrameDecoder.NO_STATUS ? 1000 : statusCode));
        }
        fail(new ClosedChannelException());
    }

    private static ByteBuffer closeFrame(int statusCode) {
        return WsFrames.clientFrame(WsFrames.CLOSE, new byte[] {(byte) (statusCode >> 8), (byte) statusCode});
    }

    private void connected() throws IOException {
        channel.finishConnect();
        state = State.UPGRADING;
        selectionKey.interestOps(SelectionKey.OP_READ);
        write(WsHandshake.request(server, target, key));
    }

    private void read() throws IOException {
        if (channel.read(input) < 0) {
            fail(new ClosedChannelException());
            return;
        }
        input.flip();
        if (state == State.UPGRADING && WsHandshake.consumeResponse(input, key)) {
            state = State.OPEN;
            opened.complete(this);
        }
        if (state == State.OPEN || state == State.CLOSING) { // after our close, until the server's answer
            decoder.decode(input, this);
        }
        input = WsFrameDecoder.compactOrGrow(input);
    }

    /** Writes or queues a frame; a failed socket is closed and the failure reported to the stage. */
    private CompletionStage<Void> write(ByteBuffer frame) {
        try {
            return outbox.write(frame);
        } catch (IOException e) {
            fail(e);
            return CompletableFuture.failedStage(e);
        }
    }

    /** Closes the connection for good; fails the upgrade if still pending and every queued frame. */
    private void fail(Throwable cause) {
        state = State.CLOSED;
        outbox.close(cause);
        try {
            channel.close();
        } catch (IOException ignored) {
            // it is closed either way
        }
        opened.completeExceptionally(cause);
    }
}
