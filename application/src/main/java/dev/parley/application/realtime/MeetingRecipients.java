package dev.parley.application.realtime;

import dev.parley.domain.meeting.MeetingEvent;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;

/** Meeting events go to every device of the participants (or the waiting or removed user) the event names. */
final class MeetingRecipients implements AudienceRule {
    @Override
    public List<Addressed> address(DomainEvent event) {
        if (!(event instanceof MeetingEvent meeting) || meeting.recipients().isEmpty()) {
            return List.of();
        }
        return List.of(Addressed.to(new Audience.Users(meeting.recipients()), meeting));
    }
}
