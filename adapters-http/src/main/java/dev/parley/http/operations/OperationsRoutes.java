package dev.parley.http.operations;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.FieldError;
import dev.parley.domain.shared.HealthCheck;
import dev.parley.domain.shared.ParleyException;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.Json;
import dev.parley.http.server.RouteGroup;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code /health}, {@code /ready}, {@code /metrics}, {@code /openapi.json}, {@code /asyncapi.json} and {@code /docs}. */
public final class OperationsRoutes implements RouteGroup {
    private static final Duration READY_DEADLINE = Duration.ofMillis(1500);
    private static final String SWAGGER_UI = "/webjars/swagger-ui/" + SwaggerUi.VERSION;

    private final Set<HealthCheck> checks;
    private final PrometheusMeterRegistry metrics;
    private final String openApiJson;
    private final String asyncApiJson;

    public OperationsRoutes(Set<HealthCheck> checks, PrometheusMeterRegistry metrics) {
        this.checks = checks;
        this.metrics = metrics;
        try {
            this.openApiJson = Json.mapper().writeValueAsString(OpenApiDocument.load());
            this.asyncApiJson = Json.mapper().writeValueAsString(AsyncApiDocument.load());
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.rootGet("/health", ctx -> ctx.json(Map.of("status", "ok")));
        routes.rootGet("/ready", this::ready);
        routes.rootGet("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        routes.rootGet("/openapi.json", ctx -> ctx.contentType("application/json").result(openApiJson));
        routes.rootGet("/asyncapi.json", ctx -> ctx.contentType("application/json").result(asyncApiJson));
        routes.rootGet("/docs", ctx -> {
            ctx.header("Content-Security-Policy", SwaggerUi.CONTENT_SECURITY_POLICY);
            ctx.header("X-Frame-Options", "DENY");
            ctx.html(SwaggerUi.page(SWAGGER_UI));
        });
        routes.undocumentedGet(SwaggerUi.INIT_PATH, ctx -> ctx.contentType("text/javascript").result(SwaggerUi.INIT_SCRIPT));
    }

    /**
     * Every check runs at once on its own virtual thread; one that has not answered by the deadline counts as
     * failing, so {@code /ready} answers within two seconds even while a dependency hangs.
     */
    private void ready(Context ctx) {
        Map<HealthCheck, CompletableFuture<Boolean>> running = new LinkedHashMap<>();
        for (HealthCheck check : checks) {
            CompletableFuture<Boolean> healthy = new CompletableFuture<>();
            Thread.ofVirtual().name("ready-" + check.name()).start(() -> healthy.complete(isHealthy(check)));
            running.put(check, healthy);
        }
        long deadline = System.nanoTime() + READY_DEADLINE.toNanos();
        List<FieldError> failing = running.entrySet().stream()
                .filter(entry -> !answeredHealthy(entry.getValue(), deadline))
                .map(entry -> new FieldError(entry.getKey().name(), "unavailable")).toList();
        if (!failing.isEmpty()) {
            String names = String.join(", ", failing.stream().map(FieldError::field).toList());
            throw new ParleyException(ErrorCode.UNAVAILABLE, "not ready: " + names + " unavailable", failing, null);
        }
        ctx.json(Map.of("status", "ready", "checks", checks.stream().map(HealthCheck::name).sorted().toList()));
    }

    private static boolean isHealthy(HealthCheck check) {
        try {
            return check.isHealthy();
        } catch (RuntimeException failed) {
            return false;
        }
    }

    private static boolean answeredHealthy(CompletableFuture<Boolean> healthy, long deadline) {
        try {
            return healthy.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException notInTime) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
