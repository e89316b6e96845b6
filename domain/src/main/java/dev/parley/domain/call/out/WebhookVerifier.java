package dev.parley.domain.call.out;

import dev.parley.domain.call.MediaEvent;

/** Outgoing port: checks a media-server webhook's signature and body hash, and reads the event. */
@FunctionalInterface
public interface WebhookVerifier {
    /** The event; rejects with {@code unauthorized} when the signature or body hash does not match. */
    MediaEvent verify(String body, String authorization);
}
