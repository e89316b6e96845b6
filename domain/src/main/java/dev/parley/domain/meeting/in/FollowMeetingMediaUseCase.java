package dev.parley.domain.meeting.in;

import dev.parley.domain.call.MediaEvent;

/**
 * Use case: a verified LiveKit webhook about a meeting's room or recording keeps the meeting true (who is in
 * the media room, muted, on camera, sharing; the recording's status and file). Events for other rooms or
 * unknown meetings are ignored; resends and out-of-order delivery change nothing.
 */
@FunctionalInterface
public interface FollowMeetingMediaUseCase {
    void follow(MediaEvent event);
}
