package dev.parley.application.conversation;

import dev.parley.application.conversation.GroupCommit.Outcome;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationMembership;
import dev.parley.domain.conversation.ConversationRules;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.in.SendMessageUseCase.Sent;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.ConversationRepository.Seat;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.people.ReachabilityCheck.Channel;
import dev.parley.domain.shared.ParleyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The access rules of a batch of sends, with the same answers as one send at a time: a missing or deleted
 * conversation is 404, a sender who is not (any more) in it is 403 {@code not_a_participant}, a retried
 * {@code client_msg_id} answers the original even when the sender may no longer post, then the posting rules
 * (broadcasts, blocked peers of a direct conversation, {@code reply_to_id} in the same conversation). Every
 * membership of the batch is loaded by one read.
 */
final class SendAdmission {
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ReachabilityCheck reachability;

    SendAdmission(ConversationRepository conversations, MessageRepository messages, ReachabilityCheck reachability) {
        this.conversations = conversations;
        this.messages = messages;
        this.reachability = reachability;
    }

    /** One outcome per message, in order; null where the message may be appended. */
    List<Outcome> admit(List<NewMessage> batch) {
        Map<Seat, ConversationMembership> seen = conversations.findAllAsSeenBy(
                batch.stream().map(SendAdmission::seat).distinct().toList());
        Map<ConversationId, List<Participant>> directMembers = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (NewMessage message : batch) {
            try {
                Membership membership = ConversationAccess.admit(Optional.ofNullable(seen.get(seat(message))));
                outcomes.add(mayPost(message, membership, directMembers));
            } catch (ParleyException rejected) {
                outcomes.add(Outcome.failed(rejected));
            }
        }
        return outcomes;
    }

    private Outcome mayPost(NewMessage message, Membership membership,
                            Map<ConversationId, List<Participant>> directMembers) {
        try {
            ConversationRules.requireMayPost(membership.conversation(), membership.participant());
            if (membership.conversation().isDirect()) {
                directMembers.computeIfAbsent(message.conversationId(), conversations::participants).stream()
                        .map(Participant::userId)
                        .filter(userId -> !userId.equals(message.senderId()))
                        .forEach(peer -> reachability.require(message.senderId(), peer, Channel.MESSAGE));
            }
            if (message.replyToId() != null) {
                requireSameConversation(message);
            }
            return null;
        } catch (ParleyException rejected) {
            // A retry of a message stored before the sender lost the right to post still answers the original.
            Optional<Message> original = message.clientMsgId() == null ? Optional.empty()
                    : messages.findByClientMsgId(message.conversationId(), message.senderId(), message.clientMsgId());
            return original.map(found -> Outcome.sent(new Sent(found, false))).orElseThrow(() -> rejected);
        }
    }

    private void requireSameConversation(NewMessage message) {
        boolean sameConversation = messages.find(message.replyToId())
                .filter(replied -> replied.conversationId().equals(message.conversationId()))
                .isPresent();
        if (!sameConversation) {
            throw ParleyException.invalid("reply_to_id", "must be a message of this conversation");
        }
    }

    private static Seat seat(NewMessage message) {
        return new Seat(message.conversationId(), message.senderId());
    }
}
