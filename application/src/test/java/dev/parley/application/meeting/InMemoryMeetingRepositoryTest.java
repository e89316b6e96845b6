package dev.parley.application.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import java.util.UUID;
import dev.parley.inmemory.meeting.InMemoryMeetingParticipants;
import dev.parley.inmemory.meeting.InMemoryMeetingRepository;

/** The in-memory fakes keep the meeting store's contract, so service tests built on them mean something. */
class InMemoryMeetingRepositoryTest extends MeetingRepositoryContract {
    private final InMemoryMeetingParticipants participants = new InMemoryMeetingParticipants();
    private final InMemoryMeetingRepository meetings = new InMemoryMeetingRepository(participants);

    @Override
    protected MeetingRepository meetings() {
        return meetings;
    }

    @Override
    protected MeetingParticipants participants() {
        return participants;
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
