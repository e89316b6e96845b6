package dev.parley.http.server;

import io.javalin.http.Context;

/**
 * Headers that protect clients: {@code X-Content-Type-Options: nosniff} on every response (set here for
 * routes, by {@link WebSocketRoutes} for everything Jetty serves, by {@link JsonErrorHandler} for its own
 * errors), and {@code Cache-Control: no-store} on every response that carries a credential.
 */
public final class ResponseHeaders {
    static final String NOSNIFF_NAME = "X-Content-Type-Options";
    static final String NOSNIFF = "nosniff";

    private ResponseHeaders() {
    }

    static void everyResponse(Context ctx) {
        ctx.header(NOSNIFF_NAME, NOSNIFF);
    }

    /** For responses carrying tokens or tickets: no browser or proxy may keep a copy. */
    public static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}
