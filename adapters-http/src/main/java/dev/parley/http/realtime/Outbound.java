package dev.parley.http.realtime;

import dev.parley.domain.realtime.WireFrame;

/**
 * One connection's way out: publishers hand it frames without ever blocking; a consumer too slow to keep
 * up is closed with {@link CloseCodes#SLOW_CONSUMER} (it reconnects and catches up through {@code seq}).
 */
interface Outbound {
    /**
     * Enqueues a frame (shared with other connections: it is only read); false when the connection is closing
     * or was just closed as too slow.
     */
    boolean offer(WireFrame frame);

    /** Keeps an idle stream alive where the transport has no pings of its own (SSE comment lines). */
    void offerHeartbeat();

    /** A protocol-level keep-alive sent at once, without blocking (WebSocket pings). */
    void ping();

    /** Closes once the frames already enqueued are written. */
    void closeAfterPending(int code, String reason);

    /** Drops what it can and closes at once. */
    void closeNow(int code, String reason);

    /** The connection is gone: stop writing. */
    void stop();
}
