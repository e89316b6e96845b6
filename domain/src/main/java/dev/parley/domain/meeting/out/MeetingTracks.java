package dev.parley.domain.meeting.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.MediaEvent;
import dev.parley.domain.meeting.MediaState;
import dev.parley.domain.meeting.MeetingId;
import java.time.Instant;

/**
 * Outgoing port: the tracks LiveKit's webhooks told about, per participant. A track event older than the last
 * one applied to that track changes nothing, and an unpublished track stays unpublished, so resends and
 * out-of-order delivery leave the same state.
 */
@FunctionalInterface
public interface MeetingTracks {
    /** Applies one track event at {@code at}; returns the participant's media state over all their tracks. */
    MediaState record(MeetingId meeting, UserId user, MediaEvent.Track track, boolean unpublished, Instant at);
}
