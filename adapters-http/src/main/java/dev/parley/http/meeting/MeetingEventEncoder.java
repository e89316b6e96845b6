package dev.parley.http.meeting;

import dev.parley.domain.meeting.MeetingEvent;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.http.realtime.EventEncoder;
import dev.parley.http.realtime.Frames;
import java.util.Optional;

/**
 * {@code meeting.*} frames: {@code meeting_id}, {@code participant}, and {@code meeting} on every one, so a
 * client can redraw without a round trip.
 */
final class MeetingEventEncoder implements EventEncoder {
    record MeetingFrame(String type, String meetingId, MeetingParticipantView participant, MeetingView meeting) {
    }

    private final MeetingLinks links;

    MeetingEventEncoder(MeetingLinks links) {
        this.links = links;
    }

    @Override
    public Optional<WireFrame> encode(DomainEvent event) {
        if (!(event instanceof MeetingEvent meetingEvent)) {
            return Optional.empty();
        }
        MeetingFrame frame = new MeetingFrame(meetingEvent.type(), meetingEvent.meeting().id().toString(),
                MeetingParticipantView.from(meetingEvent.participant()), MeetingView.from(meetingEvent.meeting(), links));
        return Optional.of(Frames.wire(frame));
    }
}
