package dev.parley.http.server;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/** Records request durations per route template (never per raw path, which would explode cardinality). */
final class RequestMetrics {
    private final PrometheusMeterRegistry registry;

    RequestMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    void record(Context ctx, float millis) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        Timer.builder("http_server_requests")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", String.valueOf(ctx.statusCode()))
                .register(registry)
                .record((long) (millis * 1000), TimeUnit.MICROSECONDS);
    }
}
