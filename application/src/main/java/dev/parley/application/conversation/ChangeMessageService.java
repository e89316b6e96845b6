package dev.parley.application.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationRules;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageContent;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.event.MessageDeleted;
import dev.parley.domain.conversation.event.MessageRestored;
import dev.parley.domain.conversation.event.MessageUpdated;
import dev.parley.domain.conversation.in.ChangeMessageUseCase;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;

/**
 * Edits, soft-deletes and restores messages. Deleting or restoring twice is harmless and changes nothing. Who
 * deleted a message decides who may restore it ({@link ConversationRules#requireMayRestore}).
 */
public final class ChangeMessageService implements ChangeMessageUseCase {
    private final MessageRepository messages;
    private final ConversationAccess access;
    private final ConversationSettings settings;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Clock clock;

    public ChangeMessageService(ConversationRepository conversations, MessageRepository messages,
                                ConversationSettings settings, Transactions transactions, EventPublisher events,
                                Clock clock) {
        this.messages = messages;
        this.access = new ConversationAccess(conversations, messages);
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Message edit(UserId caller, MessageId id, String content) {
        MessageContent text = MessageContent.of(content, settings.maxContentLength());
        Message message = access.requireMessage(caller, id).message();
        ConversationRules.requireMayEdit(message, caller);
        if (text.value().equals(message.content())) {
            return message;
        }
        Message edited = transactions.inTransaction(() -> messages.edit(id, text.value(), clock.instant()));
        events.publish(new MessageUpdated(edited));
        return edited;
    }

    @Override
    public Message delete(UserId caller, MessageId id) {
        ConversationAccess.MessageAccess found = access.requireMessage(caller, id);
        ConversationRules.requireMayDelete(found.membership().conversation(), found.message(),
                found.membership().participant());
        if (found.message().isDeleted()) {
            return found.message();
        }
        Message deleted = transactions.inTransaction(() -> messages.softDelete(id, clock.instant(), caller));
        events.publish(new MessageDeleted(deleted));
        return deleted;
    }

    @Override
    public Message restore(UserId caller, MessageId id) {
        ConversationAccess.MessageAccess found = access.requireMessage(caller, id);
        Message message = found.message();
        UserId deletedBy = message.isDeleted() ? messages.deletedBy(id).orElse(message.senderId()) : message.senderId();
        ConversationRules.requireMayRestore(found.membership().conversation(), message,
                found.membership().participant(), deletedBy);
        if (!message.isDeleted()) {
            return message;
        }
        Message restored = transactions.inTransaction(() -> messages.restore(id, clock.instant()));
        events.publish(new MessageRestored(restored));
        return restored;
    }
}
