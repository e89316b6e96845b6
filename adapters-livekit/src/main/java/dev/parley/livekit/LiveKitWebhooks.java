package dev.parley.livekit;

import dev.parley.domain.call.MediaEvent;
import dev.parley.domain.call.out.WebhookVerifier;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import io.livekit.server.WebhookReceiver;
import livekit.LivekitWebhook.WebhookEvent;

/**
 * LiveKit adapter: verifies webhooks with the SDK's {@link WebhookReceiver} (a JWT signed with the API
 * secret whose {@code sha256} claim is the body's hash) and reduces them to {@link MediaEvent}s.
 */
final class LiveKitWebhooks implements WebhookVerifier {
    private static final String BEARER = "Bearer ";

    private final WebhookReceiver receiver;

    LiveKitWebhooks(LiveKitSettings settings) {
        this.receiver = new WebhookReceiver(settings.apiKey(), settings.apiSecret());
    }

    @Override
    public MediaEvent verify(String body, String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ParleyException.unauthorized("a signed LiveKit webhook is required");
        }
        String token = authorization.strip();
        if (token.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            token = token.substring(BEARER.length()).strip();
        }
        WebhookEvent event;
        try {
            event = receiver.receive(body, token, false);
        } catch (Exception invalid) {
            // Kotlin throws the parser's checked IOException undeclared: a signed body that is not an event
            if (invalid instanceof java.io.IOException) {
                throw new ParleyException(ErrorCode.MALFORMED_JSON, "the webhook body is not a LiveKit event");
            }
            // bad signature, wrong key, expired token or body hash mismatch: all the same to a caller
            throw ParleyException.unauthorized("the webhook signature or body hash is invalid");
        }
        MediaEvent.Kind kind = switch (event.getEvent()) {
            case "participant_joined" -> MediaEvent.Kind.PARTICIPANT_JOINED;
            case "participant_left" -> MediaEvent.Kind.PARTICIPANT_LEFT;
            case "room_finished" -> MediaEvent.Kind.ROOM_FINISHED;
            default -> MediaEvent.Kind.OTHER;
        };
        String participant = event.hasParticipant() ? event.getParticipant().getIdentity() : null;
        String room = event.hasRoom() ? event.getRoom().getName() : null;
        return new MediaEvent(kind, event.getId(), room, participant);
    }
}
