package dev.parley.domain.call.in;

/** Use case: LiveKit tells what happened in its rooms; calls follow (both left, or the room closed, ends a call). */
@FunctionalInterface
public interface ReceiveMediaWebhookUseCase {
    /** Verifies and applies one webhook; resent events change nothing. */
    void receive(String body, String authorization);
}
