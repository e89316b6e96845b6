package dev.parley.bootstrap;

import dev.parley.application.mail.MailDispatchService;
import dev.parley.application.account.AuthenticationService;
import dev.parley.application.realtime.PresenceService;
import dev.parley.http.server.HttpServer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running node: the HTTP server plus background workers, started and stopped together. */
public final class Parley implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Parley.class);

    private static final long RING_SWEEP_MILLIS = 250;
    private static final long FILE_SWEEP_SECONDS = 60;

    private final ParleyComponent component;
    private final HttpServer server;
    private final ScheduledExecutorService workers;

    private Parley(ParleyComponent component, ParleyConfig config) {
        this.component = component;
        this.server = component.httpServer();
        this.workers = Executors.newScheduledThreadPool(2, Thread.ofPlatform().daemon().name("parley-worker-", 0).factory());
        // Every node forgets a revoked session at once, whichever node revoked it.
        AuthenticationService authentication = component.authentication();
        component.fanoutBus().subscribe(delivery -> delivery.endedSession().ifPresent(authentication::forget));
        component.gateway();
        PresenceService presence = component.presence();
        long heartbeatMillis = config.presence().heartbeat().toMillis();
        workers.scheduleWithFixedDelay(() -> runQuietly("presence heartbeat", presence::tick),
                heartbeatMillis, heartbeatMillis, TimeUnit.MILLISECONDS);
        MailDispatchService mail = component.mailDispatch();
        long pollMillis = config.mailPollInterval().toMillis();
        workers.scheduleWithFixedDelay(() -> runQuietly("mail dispatch", () -> {
            while (mail.dispatchDue(50) == 50) {
                // keep draining while full batches come back
            }
        }), pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        // ring timeouts are rows: whichever node sweeps first misses each due call exactly once
        workers.scheduleWithFixedDelay(() -> runQuietly("ring timeouts", component.ringTimeouts()::sweepAll),
                RING_SWEEP_MILLIS, RING_SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        // file timers are rows too: unfinished uploads, never-attached files, bytes of deleted files
        workers.scheduleWithFixedDelay(() -> runQuietly("file sweep", component.fileSweeper()::sweepAll),
                FILE_SWEEP_SECONDS, FILE_SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    public static Parley start(ParleyConfig config, Clock clock) {
        ParleyComponent component = DaggerParleyComponent.builder().config(config).clock(clock).build();
        Parley parley = new Parley(component, config);
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

    /** Stops accepting, lets in-flight requests finish (bounded by Jetty's stop timeout), then closes resources. */
    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        server.close();
        for (AutoCloseable closeable : component.closeables()) {
            runQuietly("close " + closeable.getClass().getSimpleName(), () -> {
                try {
                    closeable.close();
                } catch (Exception failure) {
                    throw new IllegalStateException(failure);
                }
            });
        }
    }

    private static void runQuietly(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failure) {
            LOG.warn("{} failed: {}", what, failure.getMessage(), failure);
        }
    }
}
