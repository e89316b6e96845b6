package dev.parley.http.web;

import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.RouteGroup;
import io.javalin.http.Context;
import java.util.List;

/**
 * Serves Parley Web: {@code index.html} at {@code /} and at the client routes that links in mails and meetings
 * point to ({@code /m/<code>}, {@code /verify-email}, {@code /reset-password}), and its files under {@code /app/}.
 * Files are revalidated by ETag on every load (no build step fingerprints their names).
 */
public final class WebClientRoutes implements RouteGroup {
    static final List<String> CLIENT_ROUTES = List.of("/", "/m/{code}", "/verify-email", "/reset-password");

    /**
     * Scripts and styles only from this server; media, sockets and fetches also to the LiveKit server,
     * which may live on any host; images also from signed file links and camera frames (blob:).
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self' ws: wss: http: https:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final WebAssets assets = new WebAssets("web");

    @Override
    public void register(ApiRoutes routes) {
        CLIENT_ROUTES.forEach(path -> routes.undocumentedGet(path, this::page));
        routes.undocumentedGet("/app/<path>", ctx -> serve(ctx, assets.get(ctx.pathParam("path"))));
    }

    private void page(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        serve(ctx, assets.get("index.html"));
    }

    private static void serve(Context ctx, WebAssets.Asset asset) {
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }
}
