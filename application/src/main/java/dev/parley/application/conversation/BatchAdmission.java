package dev.parley.application.conversation;

import dev.parley.domain.conversation.ConversationMembership;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.SendAdmission;
import dev.parley.domain.conversation.SendPolicy;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.ConversationRepository.Seat;
import dev.parley.domain.conversation.out.MessageRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the facts {@link SendPolicy} decides a batch of sends on: every membership of the batch in one read,
 * the replied-to message of a reply, and the original of a refused retry (only then). This is the early,
 * cheap answer; membership and reachability are checked again by the append under the conversation's lock.
 */
final class BatchAdmission {
    private final ConversationRepository conversations;
    private final MessageRepository messages;

    BatchAdmission(ConversationRepository conversations, MessageRepository messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    /** One admission per message, in order. */
    List<SendAdmission> admit(List<NewMessage> batch) {
        Map<Seat, ConversationMembership> seen = conversations.findAllAsSeenBy(
                batch.stream().map(BatchAdmission::seat).distinct().toList());
        return batch.stream().map(message -> SendPolicy.admit(message, Optional.ofNullable(seen.get(seat(message))),
                replied(message), () -> original(message))).toList();
    }

    private Optional<Message> replied(NewMessage message) {
        return message.replyToId() == null ? Optional.empty() : messages.find(message.replyToId());
    }

    private Optional<Message> original(NewMessage message) {
        return messages.findByClientMsgId(message.conversationId(), message.senderId(), message.clientMsgId());
    }

    private static Seat seat(NewMessage message) {
        return new Seat(message.conversationId(), message.senderId());
    }
}
