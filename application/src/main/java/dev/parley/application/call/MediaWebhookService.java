package dev.parley.application.call;

import dev.parley.domain.call.Call;
import dev.parley.domain.call.MediaEvent;
import dev.parley.domain.call.in.ReceiveMediaWebhookUseCase;
import dev.parley.domain.call.out.WebhookVerifier;
import dev.parley.domain.meeting.in.FollowMeetingMediaUseCase;
import java.time.Clock;

/**
 * Keeps calls (and, through {@link FollowMeetingMediaUseCase}, meetings) true to what LiveKit saw: both parties leaving, or the room closing, ends an active call.
 * Events for other rooms, unknown calls or finished calls are ignored, so LiveKit's resends are harmless.
 */
public final class MediaWebhookService implements ReceiveMediaWebhookUseCase {
    private final WebhookVerifier verifier;
    private final CallTransitions transitions;
    private final FollowMeetingMediaUseCase meetings;
    private final Clock clock;

    public MediaWebhookService(WebhookVerifier verifier, CallTransitions transitions, FollowMeetingMediaUseCase meetings,
                               Clock clock) {
        this.verifier = verifier;
        this.meetings = meetings;
        this.transitions = transitions;
        this.clock = clock;
    }

    @Override
    public void receive(String body, String authorization) {
        MediaEvent event = verifier.verify(body, authorization);
        meetings.follow(event);
        if (event.kind() != MediaEvent.Kind.PARTICIPANT_JOINED && event.kind() != MediaEvent.Kind.PARTICIPANT_LEFT
                && event.kind() != MediaEvent.Kind.ROOM_FINISHED) {
            return;
        }
        Call.idOfRoom(event.room()).ifPresent(id -> transitions.applyIfPresent(id, clock.instant(), (call, now) ->
                switch (event.kind()) {
                    case PARTICIPANT_JOINED -> event.user().map(call::mediaJoined).orElse(call);
                    case PARTICIPANT_LEFT -> event.user().map(who -> call.mediaLeft(who, now)).orElse(call);
                    case ROOM_FINISHED -> call.roomFinished(now);
                    default -> call;
                }));
    }

}
