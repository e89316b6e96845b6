package dev.parley.application.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.meeting.out.MeetingTracks;
import dev.parley.inmemory.meeting.InMemoryMeetingParticipants;
import dev.parley.inmemory.meeting.InMemoryMeetingRepository;
import dev.parley.inmemory.meeting.InMemoryMeetingTracks;
import java.util.UUID;

/** The in-memory fakes keep the meeting store's contract, so service tests built on them mean something. */
class InMemoryMeetingRepositoryTest extends MeetingRepositoryContract {
    private final InMemoryMeetingParticipants participants = new InMemoryMeetingParticipants();
    private final InMemoryMeetingRepository meetings = new InMemoryMeetingRepository(participants);
    private final InMemoryMeetingTracks tracks = new InMemoryMeetingTracks();

    @Override
    protected MeetingRepository meetings() {
        return meetings;
    }

    @Override
    protected MeetingParticipants participants() {
        return participants;
    }

    @Override
    protected MeetingTracks tracks() {
        return tracks;
    }

    @Override
    protected UserId newUser() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    protected ConversationId newConversation(UserId createdBy) {
        return new ConversationId(UUID.randomUUID());
    }
}
