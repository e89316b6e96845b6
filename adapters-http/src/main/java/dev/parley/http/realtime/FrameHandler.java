package dev.parley.http.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.account.Principal;

/**
 * Handles one client frame type ({@code message.send}, {@code typing}, {@code read}); contributed by
 * features with {@code @IntoSet}. Runs on a virtual thread, never on the socket's callback thread, so it
 * may call use cases; frames of one socket are handled one at a time, in order.
 */
public interface FrameHandler {
    /** The frame {@code type} this handler owns. */
    String type();

    void handle(Principal caller, JsonNode frame, FrameReplies replies);
}
