package dev.parley.inmemory.call;

import dev.parley.domain.call.MediaEvent;
import dev.parley.domain.call.out.WebhookVerifier;
import dev.parley.domain.shared.ParleyException;

/** Adapter for a core without a media server: no webhook can be genuine, so every one is rejected as unauthorized. */
public final class NoWebhookVerifier implements WebhookVerifier {
    @Override
    public MediaEvent verify(String body, String authorization) {
        throw ParleyException.unauthorized(NoMediaServer.REASON);
    }
}
