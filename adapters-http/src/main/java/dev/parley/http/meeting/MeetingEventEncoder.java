package dev.parley.http.meeting;

import dev.parley.domain.meeting.MeetingEvent;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.http.realtime.EventEncoder;
import dev.parley.http.realtime.Frames;
import java.util.List;

/**
 * {@code meeting.*} frames ({@code meeting_id}, {@code participant}, and {@code meeting} on every one, so a
 * client can redraw without a round trip) to every device of the recipients the application chose.
 */
final class MeetingEventEncoder implements EventEncoder {
    record MeetingFrame(String type, String meetingId, MeetingParticipantView participant, MeetingView meeting) {
    }

    private final MeetingLinks links;

    MeetingEventEncoder(MeetingLinks links) {
        this.links = links;
    }

    @Override
    public List<Delivery> encode(DomainEvent event) {
        if (!(event instanceof MeetingEvent meetingEvent) || meetingEvent.recipients().isEmpty()) {
            return List.of();
        }
        String json = Frames.json(new MeetingFrame(meetingEvent.type(), meetingEvent.meeting().id().toString(),
                MeetingParticipantView.from(meetingEvent.participant()), MeetingView.from(meetingEvent.meeting(), links)));
        return List.of(Delivery.of(new Audience.Users(meetingEvent.recipients()), json));
    }
}
