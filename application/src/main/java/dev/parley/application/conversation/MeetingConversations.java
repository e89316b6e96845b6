package dev.parley.application.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.event.ParticipantAdded;
import dev.parley.domain.conversation.event.ParticipantRemoved;
import dev.parley.domain.conversation.event.ParticipantUpdated;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingRole;
import dev.parley.domain.meeting.out.MeetingChat;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A meeting's chat as an ordinary conversation: whoever is in the meeting is a member (so history, seq, edits
 * and {@code message.*} events work exactly as in groups), the host owns it and moderators administer it;
 * joins and leaves leave system messages. The membership events it returns also make every node refresh
 * who the conversation's events reach.
 */
public final class MeetingConversations implements MeetingChat {
    private final ConversationRepository conversations;
    private final SystemMessages notices;

    public MeetingConversations(ConversationRepository conversations, MessageRepository messages, UserRepository users) {
        this.conversations = conversations;
        this.notices = new SystemMessages(messages, users);
    }

    @Override
    public ConversationId open(String title, UserId host, Instant at) {
        Conversation conversation = Conversation.meetingChat(new ConversationId(Ids.newId(at)), title, host, at);
        conversations.insert(conversation, null, List.of());
        return conversation.id();
    }

    @Override
    public List<DomainEvent> entered(Meeting meeting, MeetingParticipant participant, Instant at) {
        ConversationId id = meeting.conversationId();
        Optional<Conversation> chat = conversations.lock(id);
        if (chat.isEmpty()) {
            return List.of();
        }
        List<DomainEvent> events = new ArrayList<>();
        boolean wasMember = conversations.participant(id, participant.userId()).isPresent();
        Participant member = new Participant(id, participant.userId(), role(participant.role()), at);
        conversations.addParticipant(member, at);
        if (!wasMember) {
            conversations.update(chat.get().withParticipantCount(chat.get().participantCount() + 1, at));
            events.add(new ParticipantAdded(member));
        }
        events.add(new MessageCreated(notices.post(id, participant.userId(), null, "{actor} joined the meeting", at)));
        return events;
    }

    @Override
    public List<DomainEvent> exited(Meeting meeting, UserId user, boolean removed, Instant at) {
        ConversationId id = meeting.conversationId();
        Optional<Conversation> chat = conversations.lock(id);
        Optional<Participant> member = chat.flatMap(found -> conversations.participant(id, user));
        if (member.isEmpty()) {
            return List.of();
        }
        String text = removed ? "{actor} was removed from the meeting" : "{actor} left the meeting";
        MessageCreated notice = new MessageCreated(notices.post(id, user, null, text, at));
        conversations.markLeft(id, user, at);
        conversations.update(chat.get().withParticipantCount(Math.max(0, chat.get().participantCount() - 1), at));
        return List.of(notice, new ParticipantRemoved(member.get()));
    }

    @Override
    public List<DomainEvent> roleChanged(Meeting meeting, MeetingParticipant participant, Instant at) {
        ConversationId id = meeting.conversationId();
        Optional<Participant> member = conversations.participant(id, participant.userId());
        if (member.isEmpty()) {
            return List.of();
        }
        Role role = role(participant.role());
        conversations.changeRole(id, participant.userId(), role, at);
        return List.of(new ParticipantUpdated(member.get().withRole(role)));
    }

    private static Role role(MeetingRole role) {
        return switch (role) {
            case HOST -> Role.OWNER;
            case MODERATOR -> Role.ADMIN;
            case GUEST -> Role.MEMBER;
        };
    }
}
