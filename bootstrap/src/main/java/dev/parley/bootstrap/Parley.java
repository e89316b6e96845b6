package dev.parley.bootstrap;

import dev.parley.application.core.ParleyCore;
import dev.parley.http.server.HttpServer;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running node: the HTTP server plus the core's background work, started and stopped together. */
public final class Parley implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Parley.class);

    private final ParleyComponent component;
    private final HttpServer server;
    private final ParleyCore core;

    private Parley(ParleyComponent component) {
        this.component = component;
        this.server = component.httpServer();
        this.core = component.core();
        component.gateway();
        core.start();
    }

    public static Parley start(ParleyConfig config, Clock clock) {
        ParleyComponent component = DaggerParleyComponent.builder().config(config).clock(clock).build();
        Parley parley = new Parley(component);
        parley.server.start();
        return parley;
    }

    /** Production clock: millisecond ticks, matching what the database and the wire keep. */
    public static Clock systemClock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    public int port() {
        return server.port();
    }

    public HttpServer server() {
        return server;
    }

    public ParleyComponent component() {
        return component;
    }

    /**
     * Stops gracefully: new requests are answered 503 from here on, sockets are closed with 1012 (service restart)
     * behind what was already queued for them, the core's background work stops, requests in flight finish (bounded
     * by Jetty's stop timeout), then the core's send writers and the other resources close.
     */
    @Override
    public void close() {
        server.beginShutdown();
        closeQuietly("close sockets", component.gateway());
        core.stop();
        server.close();
        closeQuietly("close the core", core);
        for (AutoCloseable closeable : component.closeables()) {
            closeQuietly("close " + closeable.getClass().getSimpleName(), closeable);
        }
    }

    private static void closeQuietly(String what, AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception failure) {
            LOG.warn("{} failed: {}", what, failure.getMessage(), failure);
        }
    }
}
