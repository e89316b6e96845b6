package dev.parley.http.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingDetails;
import dev.parley.domain.meeting.MeetingEvent;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingRole;
import dev.parley.domain.meeting.MeetingSettings;
import dev.parley.http.server.Json;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeetingEventEncoderTest {
    private final MeetingEventEncoder encoder = new MeetingEventEncoder(new MeetingLinks("https://meet.example.com/"));
    private final UserId host = new UserId(UUID.randomUUID());
    private final UserId guest = new UserId(UUID.randomUUID());
    private final Instant at = Instant.parse("2026-11-21T12:00:00Z");
    private final Meeting meeting = Meeting.schedule(new MeetingId(UUID.randomUUID()), new MeetingCode("abc-defg-hjk"),
            new ConversationId(UUID.randomUUID()), host, new MeetingDetails("Sync", null, null, 60),
            MeetingSettings.DEFAULTS, at);

    @Test
    void a_meeting_event_carries_meeting_id_participant_and_meeting() throws Exception {
        MeetingParticipant waiting = MeetingParticipant.waiting(meeting.id(), guest, "Gus", MeetingRole.GUEST);

        JsonNode frame = Json.mapper().readTree(encoder.encode(new MeetingEvent(MeetingEvent.Kind.PARTICIPANT_WAITING,
                meeting, waiting, Set.of(host))).orElseThrow().text());
        assertThat(frame.path("type").asText()).isEqualTo("meeting.participant_waiting");
        assertThat(frame.path("meeting_id").asText()).isEqualTo(meeting.id().toString());
        assertThat(frame.path("participant").path("user_id").asText()).isEqualTo(guest.toString());
        assertThat(frame.path("participant").path("status").asText()).isEqualTo("waiting");
        assertThat(frame.path("participant").path("display_name").asText()).isEqualTo("Gus");
        assertThat(frame.path("meeting").path("join_url").asText()).isEqualTo("https://meet.example.com/m/abc-defg-hjk");
    }

    @Test
    void other_events_are_not_its_business() {
        assertThat(encoder.encode(new dev.parley.domain.shared.DomainEvent() { })).isEmpty();
    }
}
