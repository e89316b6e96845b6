package dev.parley.bootstrap;

import dev.parley.application.mail.MailDispatchService;
import dev.parley.application.account.AuthenticationService;
import dev.parley.application.realtime.PresenceService;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.http.server.HttpServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running node: the HTTP server plus background workers, started and stopped together. */
public final class Parley implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Parley.class);

    private static final long RING_SWEEP_MILLIS = 250;
    private static final long MEETING_SWEEP_MILLIS = 1_000;
    private static final Duration REPEATED_FAILURE_LOG_INTERVAL = Duration.ofMinutes(1);
    private static final long FILE_SWEEP_SECONDS = 60;

    private final ParleyComponent component;
    private final HttpServer server;
    private final ScheduledExecutorService workers;
    private final Map<String, Long> lastFailureLogs = new ConcurrentHashMap<>();

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
        // meeting expiry and empty grace are rows too: a restart or a second node changes nothing
        workers.scheduleWithFixedDelay(() -> runQuietly("meeting timers", component.meetingTimers()::sweepAll),
                MEETING_SWEEP_MILLIS, MEETING_SWEEP_MILLIS, TimeUnit.MILLISECONDS);
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

    /**
     * Stops gracefully: new requests are answered 503 from here on, sockets are closed with 1012 (service restart)
     * behind what was already queued for them, requests in flight finish (bounded by Jetty's stop timeout),
     * then resources close.
     */
    @Override
    public void close() {
        server.beginShutdown();
        runQuietly("close sockets", component.gateway()::close);
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

    private void runQuietly(String what, Runnable work) {
        try {
            work.run();
        } catch (ParleyException unavailable) {
            // the database is down: logged where that was found out, at most every few seconds, not per tick
            if (unavailable.code() != ErrorCode.UNAVAILABLE) {
                LOG.warn("{} failed: {}", what, unavailable.getMessage());
            }
        } catch (RuntimeException failure) {
            // A dependency that is down fails a periodic task on every tick: one stack trace per task and minute.
            long now = System.nanoTime();
            Long last = lastFailureLogs.get(what);
            if (last == null || now - last > REPEATED_FAILURE_LOG_INTERVAL.toNanos()) {
                lastFailureLogs.put(what, now);
                LOG.warn("{} failed (repeats are logged once a minute): {}", what, failure.getMessage(), failure);
            }
        }
    }
}
