package dev.parley.application.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationMembership;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.util.Optional;

/**
 * The access rule every use case starts with: a missing or deleted conversation (or message) is 404,
 * a conversation the caller is not in (any more) is 403 {@code not_a_participant}.
 */
final class ConversationAccess {
    private final ConversationRepository conversations;
    private final MessageRepository messages;

    ConversationAccess(ConversationRepository conversations, MessageRepository messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    Membership require(UserId caller, ConversationId id) {
        return admit(conversations.findAsSeenBy(id, caller));
    }

    /** The rule itself, for a membership read elsewhere (a batch of sends reads all of them at once). */
    static Membership admit(Optional<ConversationMembership> seen) {
        ConversationMembership found = seen.orElseThrow(() -> ParleyException.notFound("conversation"));
        return new Membership(found.conversation(), found.participant().orElseThrow(ConversationAccess::notAParticipant));
    }

    /** Locks the conversation row first, so membership changes of one conversation apply one at a time. */
    Membership requireLocked(UserId caller, ConversationId id) {
        return require(caller, conversations.lock(id).orElseThrow(() -> ParleyException.notFound("conversation")));
    }

    /** The message and the caller's membership of its conversation. */
    MessageAccess requireMessage(UserId caller, MessageId id) {
        Message message = messages.find(id).orElseThrow(() -> ParleyException.notFound("message"));
        Conversation conversation = conversations.find(message.conversationId())
                .orElseThrow(() -> ParleyException.notFound("message"));
        return new MessageAccess(message, require(caller, conversation));
    }

    private Membership require(UserId caller, Conversation conversation) {
        Participant participant = conversations.participant(conversation.id(), caller)
                .orElseThrow(ConversationAccess::notAParticipant);
        return new Membership(conversation, participant);
    }

    static ParleyException notAParticipant() {
        return new ParleyException(ErrorCode.NOT_A_PARTICIPANT, "you are not a participant of this conversation");
    }

    /** A message together with the caller's membership of its conversation. */
    record MessageAccess(Message message, Membership membership) {
    }
}
