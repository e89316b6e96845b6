package dev.parley.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The sending side of a {@link LeanWsClient}, safe from any thread and never blocking on the network: a
 * frame is written at once when nothing is queued and the socket takes all of it (the usual case, and no
 * selector wake-up); otherwise it is queued and the loop writes it when the socket has room.
 */
final class WsOutbox {
    private static final CompletionStage<Void> WRITTEN = CompletableFuture.completedStage(null);

    /** A frame the socket could not take yet, and the stage its sender is told through. */
    private record Unwritten(ByteBuffer bytes, CompletableFuture<Void> written) {
    }

    private final SocketChannel channel;
    private final WsLoop loop;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Unwritten> unwritten = new ArrayDeque<>(); // guarded by lock
    private SelectionKey selectionKey; // guarded by lock
    private Throwable closedBy; // guarded by lock

    WsOutbox(SocketChannel channel, WsLoop loop) {
        this.channel = channel;
        this.loop = loop;
    }

    /** On the loop thread, before the first write: the key whose interest in writing this outbox sets. */
    void attach(SelectionKey key) {
        lock.lock();
        try {
            selectionKey = key;
        } finally {
            lock.unlock();
        }
    }

    /** Writes or queues {@code frame}; the stage completes once the socket took it. Throws when the socket failed. */
    CompletionStage<Void> write(ByteBuffer frame) throws IOException {
        lock.lock();
        try {
            if (closedBy != null) {
                return CompletableFuture.failedStage(closedBy);
            }
            if (unwritten.isEmpty()) {
                channel.write(frame);
                if (!frame.hasRemaining()) {
                    return WRITTEN;
                }
                selectionKey.interestOpsOr(SelectionKey.OP_WRITE);
                loop.wakeup();
            }
            CompletableFuture<Void> written = new CompletableFuture<>();
            unwritten.add(new Unwritten(frame, written));
            return written;
        } finally {
            lock.unlock();
        }
    }

    /** On the loop thread, when the socket has room: writes what was queued. */
    void flush() throws IOException {
        lock.lock();
        try {
            while (!unwritten.isEmpty()) {
                Unwritten next = unwritten.peek();
                channel.write(next.bytes());
                if (next.bytes().hasRemaining()) {
                    return;
                }
                unwritten.poll().written().complete(null);
            }
            selectionKey.interestOpsAnd(~SelectionKey.OP_WRITE);
        } finally {
            lock.unlock();
        }
    }

    /** Refuses every later write and fails the queued ones with {@code cause}. */
    void close(Throwable cause) {
        lock.lock();
        try {
            if (closedBy == null) {
                closedBy = cause;
            }
            for (Unwritten frame = unwritten.poll(); frame != null; frame = unwritten.poll()) {
                frame.written().completeExceptionally(cause);
            }
        } finally {
            lock.unlock();
        }
    }
}
