package dev.parley.http.server;

import io.javalin.http.Context;

/** Minimal CORS: browsers on the configured origins (or any, with "*") may call the API with a bearer token. */
final class Cors {
    private Cors() {
    }

    static void apply(Context ctx, String allowedOrigins) {
        String origin = ctx.header("Origin");
        if (origin == null || allowedOrigins == null || allowedOrigins.isBlank()) {
            return;
        }
        boolean allowed = allowedOrigins.equals("*") || java.util.Arrays.asList(allowedOrigins.split(",")).contains(origin);
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-Id");
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
            ctx.header("Access-Control-Expose-Headers", "X-Request-Id, Retry-After");
        }
    }
}
