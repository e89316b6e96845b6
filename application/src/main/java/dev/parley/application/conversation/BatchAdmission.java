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
 * Loads the facts {@link SendPolicy} decides a batch of sends on, and only where the append cannot decide
 * alone. A message that replies needs its replied-to message (it must be of the same conversation), so those
 * messages are judged here: their memberships in one read, the replied-to messages, and the original of a refused
 * retry (only then). Every other message is admitted as it is, without a read: the append judges exactly the
 * rest of the policy (a missing or deleted conversation, a sender who is not a participant, a broadcast member,
 * a retried client id) under the conversation's lock and answers each refusal with the same error, so the
 * common batch costs one round trip instead of two.
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
        List<Seat> replySeats = batch.stream().filter(BatchAdmission::replies).map(BatchAdmission::seat).distinct()
                .toList();
        Map<Seat, ConversationMembership> seen = replySeats.isEmpty() ? Map.of()
                : conversations.findAllAsSeenBy(replySeats);
        return batch.stream().map(message -> replies(message)
                ? SendPolicy.admit(message, Optional.ofNullable(seen.get(seat(message))), replied(message),
                        () -> original(message))
                : (SendAdmission) new SendAdmission.Admitted()).toList();
    }

    private static boolean replies(NewMessage message) {
        return message.replyToId() != null;
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
