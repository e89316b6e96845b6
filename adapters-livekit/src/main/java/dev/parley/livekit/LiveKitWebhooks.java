package dev.parley.livekit;

import dev.parley.domain.call.MediaEvent;
import dev.parley.domain.call.out.WebhookVerifier;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import io.livekit.server.WebhookReceiver;
import java.time.Instant;
import livekit.LivekitEgress;
import livekit.LivekitModels;
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
            case "track_published" -> MediaEvent.Kind.TRACK_PUBLISHED;
            case "track_unpublished" -> MediaEvent.Kind.TRACK_UNPUBLISHED;
            case "track_muted" -> MediaEvent.Kind.TRACK_MUTED;
            case "track_unmuted" -> MediaEvent.Kind.TRACK_UNMUTED;
            case "egress_started" -> MediaEvent.Kind.EGRESS_STARTED;
            case "egress_updated" -> MediaEvent.Kind.EGRESS_UPDATED;
            case "egress_ended" -> MediaEvent.Kind.EGRESS_ENDED;
            default -> MediaEvent.Kind.OTHER;
        };
        String participant = event.hasParticipant() ? event.getParticipant().getIdentity() : null;
        String room = event.hasRoom() ? event.getRoom().getName()
                : event.hasEgressInfo() ? event.getEgressInfo().getRoomName() : null;
        Instant createdAt = event.getCreatedAt() > 0 ? Instant.ofEpochSecond(event.getCreatedAt()) : null;
        return new MediaEvent(kind, event.getId(), room, participant, createdAt, track(event), egress(event));
    }

    private static MediaEvent.Track track(WebhookEvent event) {
        if (!event.hasTrack() || event.getTrack().getSid().isEmpty()) {
            return null;
        }
        LivekitModels.TrackInfo track = event.getTrack();
        MediaEvent.Source source = switch (track.getSource()) {
            case MICROPHONE -> MediaEvent.Source.MICROPHONE;
            case CAMERA -> MediaEvent.Source.CAMERA;
            case SCREEN_SHARE, SCREEN_SHARE_AUDIO -> MediaEvent.Source.SCREEN_SHARE;
            default -> track.getType() == LivekitModels.TrackType.AUDIO ? MediaEvent.Source.MICROPHONE
                    : track.getType() == LivekitModels.TrackType.VIDEO ? MediaEvent.Source.CAMERA : MediaEvent.Source.OTHER;
        };
        return new MediaEvent.Track(track.getSid(), source, track.getMuted());
    }

    private static MediaEvent.Egress egress(WebhookEvent event) {
        if (!event.hasEgressInfo() || event.getEgressInfo().getEgressId().isEmpty()) {
            return null;
        }
        LivekitEgress.EgressInfo info = event.getEgressInfo();
        String location = info.getFileResultsCount() > 0 ? firstNonBlank(info.getFileResults(0).getLocation(),
                info.getFileResults(0).getFilename()) : null;
        boolean completed = info.getStatus() == LivekitEgress.EgressStatus.EGRESS_COMPLETE && location != null;
        return new MediaEvent.Egress(info.getEgressId(), location, completed);
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second == null || second.isBlank() ? null : second;
    }
}
