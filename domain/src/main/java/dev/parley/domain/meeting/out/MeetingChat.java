package dev.parley.domain.meeting.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * Outgoing port: the meeting's own conversation. Its members are the participants who are joined right now;
 * joins and leaves leave system messages. Runs inside the caller's transaction; the events it returns
 * (membership changes, messages) are published after commit.
 */
public interface MeetingChat {
    /** Creates the meeting's conversation, with nobody in it yet. */
    ConversationId open(String title, UserId host, Instant at);

    /** {@code participant} is in the meeting now: a member of its chat, with a "joined" notice. */
    List<DomainEvent> entered(Meeting meeting, MeetingParticipant participant, Instant at);

    /** {@code user} left or was removed: no longer a member, with a notice saying which. */
    List<DomainEvent> exited(Meeting meeting, UserId user, boolean removed, Instant at);

    /** The chat role follows the meeting role (host and moderators manage the chat). */
    List<DomainEvent> roleChanged(Meeting meeting, MeetingParticipant participant, Instant at);
}
