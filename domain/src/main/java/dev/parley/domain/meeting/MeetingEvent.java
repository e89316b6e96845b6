package dev.parley.domain.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.Set;

/**
 * Facts about a meeting that clients must hear about ({@code meeting.*} frames with {@code meeting_id} and the
 * participant concerned). The application decides who hears each (joined participants, the waiting or removed
 * user); the socket layer only delivers to every device of {@code recipients}.
 */
public record MeetingEvent(Kind kind, Meeting meeting, MeetingParticipant participant, Set<UserId> recipients)
        implements DomainEvent {
    /** The {@code meeting.*} frame types. */
    public enum Kind {
        PARTICIPANT_JOINED("meeting.participant_joined"),
        PARTICIPANT_LEFT("meeting.participant_left"),
        PARTICIPANT_WAITING("meeting.participant_waiting"),
        ADMITTED("meeting.admitted"),
        REMOVED("meeting.removed"),
        MUTED("meeting.muted"),
        ROLE_CHANGED("meeting.role_changed"),
        ENDED("meeting.ended");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }
    }

    public MeetingEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(meeting, "meeting");
        recipients = Set.copyOf(recipients);
    }

    public String type() {
        return kind.type();
    }
}
