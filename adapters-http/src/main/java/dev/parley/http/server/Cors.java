package dev.parley.http.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Arrays;

/**
 * Minimal CORS: browsers on the configured origins ({@code PARLEY_CORS_ORIGINS}, comma-separated, or any with
 * "*") may call the API with a bearer token. A preflight ({@code OPTIONS}) from such an origin is answered here
 * with 204 and the allow headers, before routing; other origins get no CORS headers at all.
 */
final class Cors {
    static final String MAX_AGE_SECONDS = "600";

    private Cors() {
    }

    static void apply(Context ctx, String allowedOrigins) {
        String origin = ctx.header("Origin");
        if (origin == null || allowedOrigins == null || allowedOrigins.isBlank()) {
            return;
        }
        boolean allowed = allowedOrigins.equals("*")
                || Arrays.stream(allowedOrigins.split(",")).map(String::strip).anyMatch(origin::equals);
        if (!allowed) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-Id");
        ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
        ctx.header("Access-Control-Expose-Headers", "X-Request-Id, Retry-After");
        if (ctx.method() == HandlerType.OPTIONS) {
            ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }
}
