package dev.parley.application.conversation;

import dev.parley.domain.conversation.ConversationRules;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageContent;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.people.ReachabilityCheck.Channel;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.domain.shared.Transactions;
import dev.parley.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Posts a message in one short transaction (see the package documentation for why it is exact and cheap). */
public final class SendMessageService implements SendMessageUseCase {
    static final int MAX_CLIENT_MSG_ID = 128;

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ConversationAccess access;
    private final ReachabilityCheck reachability;
    private final ConversationSettings settings;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Clock clock;
    private final SendBatcher batcher;
    private final RateLimiter limiter;

    public SendMessageService(ConversationRepository conversations, MessageRepository messages,
                              ReachabilityCheck reachability, ConversationSettings settings,
                              Transactions transactions, EventPublisher events, Clock clock) {
        this(conversations, messages, reachability, settings, transactions, events, clock, null);
    }

    /** With a {@link SendBatcher}, sends share group commits instead of one transaction each. */
    public SendMessageService(ConversationRepository conversations, MessageRepository messages,
                              ReachabilityCheck reachability, ConversationSettings settings,
                              Transactions transactions, EventPublisher events, Clock clock, SendBatcher batcher) {
        this(conversations, messages, reachability, settings, transactions, events, clock, batcher, null);
    }

    /**
     * With a {@link RateLimiter}, each user's sends (REST and WebSocket alike, on every node sharing the
     * limiter) are limited to {@link ConversationSettings#sendLimit()}.
     */
    public SendMessageService(ConversationRepository conversations, MessageRepository messages,
                              ReachabilityCheck reachability, ConversationSettings settings,
                              Transactions transactions, EventPublisher events, Clock clock, SendBatcher batcher,
                              RateLimiter limiter) {
        this.limiter = limiter;
        this.batcher = batcher;
        this.conversations = conversations;
        this.messages = messages;
        this.access = new ConversationAccess(conversations, messages);
        this.reachability = reachability;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Sent send(Command command) {
        Validation validation = new Validation();
        MessageContent content = validation.attempt("content",
                () -> MessageContent.of(command.content(), settings.maxContentLength()));
        String clientMsgId = command.clientMsgId();
        validation.check(clientMsgId == null || (!clientMsgId.isBlank() && clientMsgId.length() <= MAX_CLIENT_MSG_ID),
                "client_msg_id", "must be 1-" + MAX_CLIENT_MSG_ID + " characters");
        // Files do not exist yet, so no id can name one.
        validation.check(command.attachmentIds() == null || command.attachmentIds().isEmpty(),
                "attachment_ids", "unknown file id");
        validation.throwIfInvalid();
        if (limiter != null) {
            limiter.acquire("send:" + command.sender(), settings.sendLimit(), clock.instant()).ifPresent(wait -> {
                throw ParleyException.rateLimited(wait);
            });
        }

        Membership membership = access.require(command.sender(), command.conversationId());
        if (clientMsgId != null) {
            Optional<Message> original = messages.findByClientMsgId(command.conversationId(), command.sender(), clientMsgId);
            if (original.isPresent()) {
                return new Sent(original.get(), false);
            }
        }
        ConversationRules.requireMayPost(membership.conversation(), membership.participant());
        if (membership.conversation().isDirect()) {
            conversations.participants(command.conversationId()).stream()
                    .map(Participant::userId)
                    .filter(userId -> !userId.equals(command.sender()))
                    .forEach(peer -> reachability.require(command.sender(), peer, Channel.MESSAGE));
        }
        if (command.replyToId() != null) {
            requireSameConversation(command);
        }
        Instant now = clock.instant();
        NewMessage message = new NewMessage(new MessageId(Ids.newId(now)), command.conversationId(), command.sender(),
                MessageType.TEXT, content.value(), command.replyToId(), clientMsgId, now);
        if (batcher != null) {
            MessageRepository.Appended appended = batcher.append(message);
            if (appended.created()) {
                events.publish(new MessageCreated(appended.message()));
            }
            return new Sent(appended.message(), appended.created());
        }
        try {
            Message sent = transactions.inTransaction(() -> messages.append(message).orElseThrow(DuplicateSend::new));
            events.publish(new MessageCreated(sent));
            return new Sent(sent, true);
        } catch (DuplicateSend raced) {
            return new Sent(messages.findByClientMsgId(command.conversationId(), command.sender(), clientMsgId)
                    .orElseThrow(), false);
        }
    }

    private void requireSameConversation(Command command) {
        boolean sameConversation = messages.find(command.replyToId())
                .filter(replied -> replied.conversationId().equals(command.conversationId()))
                .isPresent();
        if (!sameConversation) {
            throw ParleyException.invalid("reply_to_id", "must be a message of this conversation");
        }
    }

    /** Rolls the transaction back (and with it the seq taken) when a concurrent retry already stored the message. */
    private static final class DuplicateSend extends RuntimeException {
        DuplicateSend() {
            super(null, null, false, false);
        }
    }
}
