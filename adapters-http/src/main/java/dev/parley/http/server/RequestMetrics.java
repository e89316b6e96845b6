package dev.parley.http.server;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Records request durations per route template (never per raw path, which would explode cardinality). The
 * timers are looked up once per method, route and status: building and registering a meter id on every
 * request showed in profiles.
 */
final class RequestMetrics {
    private final PrometheusMeterRegistry registry;
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

    RequestMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    void record(Context ctx, float millis) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        String method = ctx.method().name();
        int status = ctx.statusCode();
        timers.computeIfAbsent(method + ' ' + status + ' ' + route, key -> Timer.builder("http_server_requests")
                        .tag("method", method)
                        .tag("route", route)
                        .tag("status", String.valueOf(status))
                        .register(registry))
                .record((long) (millis * 1000), TimeUnit.MICROSECONDS);
    }
}
