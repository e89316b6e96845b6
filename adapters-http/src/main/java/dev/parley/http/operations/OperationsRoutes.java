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
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /health}, {@code /ready}, {@code /metrics}, {@code /openapi.json}, {@code /asyncapi.json} and {@code /docs}. */
public final class OperationsRoutes implements RouteGroup {
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
        routes.rootGet("/docs", ctx -> ctx.html(SwaggerUi.page(SWAGGER_UI)));
    }

    private void ready(Context ctx) {
        List<FieldError> failing = checks.stream().filter(check -> !check.isHealthy())
                .map(check -> new FieldError(check.name(), "unavailable")).toList();
        if (!failing.isEmpty()) {
            String names = String.join(", ", failing.stream().map(FieldError::field).toList());
            throw new ParleyException(ErrorCode.UNAVAILABLE, "not ready: " + names + " unavailable", failing, null);
        }
        ctx.json(Map.of("status", "ready", "checks", checks.stream().map(HealthCheck::name).sorted().toList()));
    }
}
