package dev.parley.domain.conversation;

import dev.parley.domain.conversation.SendAdmission.Admitted;
import dev.parley.domain.conversation.SendAdmission.Rejected;
import dev.parley.domain.shared.ErrorCode;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who may post what, decided from facts the application loads: a missing or deleted conversation is
 * {@code not_found}, a sender who is not (any more) in it {@code not_a_participant}; then the posting rules
 * (only the owner and admins post in a broadcast, {@code reply_to_id} must be a message of the same
 * conversation), where a retried {@code client_msg_id} answers the original even when the sender may no longer
 * post. Blocks, contacts and privacy of a direct conversation are decided by the append itself, under the
 * conversation's lock, so a change between this check and the append is never missed.
 */
public final class SendPolicy {
    private SendPolicy() {
    }

    /**
     * @param seen     the conversation and the sender's place in it (empty: missing or deleted)
     * @param replied  the message {@code reply_to_id} names, when the message replies and it exists
     * @param original the message stored earlier with this {@code client_msg_id}; asked only for a refusal
     */
    public static SendAdmission admit(NewMessage message, Optional<ConversationMembership> seen,
                                      Optional<Message> replied, Supplier<Optional<Message>> original) {
        if (seen.isEmpty()) {
            return Rejected.conversationNotFound();
        }
        Optional<Participant> sender = seen.get().participant();
        if (sender.isEmpty()) {
            return Rejected.because(ErrorCode.NOT_A_PARTICIPANT);
        }
        Optional<Rejected> rule = postingRule(message, seen.get().conversation(), sender.get(), replied);
        if (rule.isEmpty()) {
            return new Admitted();
        }
        return message.clientMsgId() == null ? rule.get() : rule.get().unlessRetryOf(original.get());
    }

    private static Optional<Rejected> postingRule(NewMessage message, Conversation conversation, Participant sender,
                                                  Optional<Message> replied) {
        if (!ConversationRules.mayPost(conversation, sender)) {
            return Optional.of(Rejected.because(ErrorCode.FORBIDDEN));
        }
        boolean repliesElsewhere = message.replyToId() != null
                && replied.filter(target -> target.conversationId().equals(message.conversationId())).isEmpty();
        if (repliesElsewhere) {
            return Optional.of(new Rejected(ErrorCode.VALIDATION_FAILED, "must be a message of this conversation",
                    "reply_to_id"));
        }
        return Optional.empty();
    }
}
