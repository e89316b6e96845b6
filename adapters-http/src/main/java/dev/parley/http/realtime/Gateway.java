package dev.parley.http.realtime;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.in.TrackPresenceUseCase;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's side of every live connection: opens and registers them, reports presence (on one
 * serial thread, since the lease store may block and order matters), sends SSE heartbeats,
 * pings WebSockets, and closes everything when the node stops.
 */
public final class Gateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final SocketRegistry registry;
    private final TrackPresenceUseCase presence;
    private final GatewaySettings settings;
    private final ThreadFactory writers = Thread.ofVirtual().name("parley-out-", 0).factory();
    private final ExecutorService presenceReports = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("parley-presence").factory());
    /** SSE heartbeats, WebSocket pings, and the grace of sockets closed as slow consumers. */
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("parley-heartbeat").factory());

    Gateway(SocketRegistry registry, TrackPresenceUseCase presence, GatewaySettings settings) {
        this.registry = registry;
        this.presence = presence;
        this.settings = settings;
        long every = settings.sseHeartbeat().toMillis();
        heartbeats.scheduleAtFixedRate(() -> registry.all().forEach(Connection::heartbeat), every, every,
                TimeUnit.MILLISECONDS);
        long pingEvery = settings.pingInterval().toMillis();
        heartbeats.scheduleAtFixedRate(() -> registry.all().forEach(Connection::ping), pingEvery, pingEvery,
                TimeUnit.MILLISECONDS);
    }

    GatewaySettings settings() {
        return settings;
    }

    /** A stream whose writes block (SSE): a queue drained by an on-demand writer thread. */
    Connection open(Principal principal, OutboundQueue.Sink sink) {
        return register(principal, new OutboundQueue(sink, settings.queueCapacity(), writers));
    }

    /** A WebSocket: frames go to Jetty's asynchronous send, no thread of ours involved. */
    Connection open(Principal principal, CoreSession socket) {
        return register(principal, new WebSocketOutbound(socket, settings.queueCapacity(), settings.writeTimeout(), heartbeats));
    }

    private Connection register(Principal principal, Outbound outbound) {
        Connection connection = new Connection(UUID.randomUUID().toString(), principal, outbound);
        registry.add(connection);
        report(principal.userId(), true);
        return connection;
    }

    void gone(Connection connection) {
        if (connection != null && connection.markGone()) {
            registry.remove(connection);
            report(connection.principal().userId(), false);
        }
    }

    /** How many connections this node holds (for metrics and tests). */
    public int connections() {
        return registry.size();
    }

    private void report(UserId userId, boolean connected) {
        try {
            presenceReports.execute(() -> {
                try {
                    if (connected) {
                        presence.connected(userId);
                    } else {
                        presence.disconnected(userId);
                    }
                } catch (RuntimeException failure) {
                    LOG.warn("presence update failed: {}", failure.getMessage());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the node is stopping; leases expire on their own
        }
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
        // First: the presence reports of a stopping node would run after the presence service stopped (one
        // warning per socket); its leases expire on their own and the other nodes announce it.
        presenceReports.shutdownNow();
        // 1012: the service restarts, so clients reconnect (to another node, or to this one once it is back) and
        // catch up; what was already queued for a socket (acks included) goes out before the close frame.
        registry.all().forEach(connection -> connection.closeAfterPending(CloseCodes.SERVICE_RESTART,
                "server restarting, reconnect shortly"));
    }
}
