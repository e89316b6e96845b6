package dev.parley.http.call;

import dev.parley.domain.call.in.ReceiveMediaWebhookUseCase;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.RouteGroup;

/** {@code POST /livekit/webhook}: public, because LiveKit signs it instead of presenting a user's token. */
public final class LiveKitWebhookRoutes implements RouteGroup {
    private final ReceiveMediaWebhookUseCase webhooks;

    public LiveKitWebhookRoutes(ReceiveMediaWebhookUseCase webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.publicPost("/livekit/webhook", ctx -> {
            // the signature covers the exact bytes LiveKit sent, so the raw body is handed on untouched
            webhooks.receive(ctx.body(), ctx.header("Authorization"));
            ctx.status(204);
        });
    }
}
