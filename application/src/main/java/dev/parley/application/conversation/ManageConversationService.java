package dev.parley.application.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationRules;
import dev.parley.domain.conversation.ConversationSummary;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.event.ConversationDeleted;
import dev.parley.domain.conversation.event.ConversationUpdated;
import dev.parley.domain.conversation.in.ManageConversationUseCase;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Renames and deletes conversations. Deleting keeps every message stored; participants just lose access. */
public final class ManageConversationService implements ManageConversationUseCase {
    private final ConversationRepository conversations;
    private final ConversationAccess access;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Clock clock;

    public ManageConversationService(ConversationRepository conversations, MessageRepository messages,
                                     Transactions transactions, EventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.access = new ConversationAccess(conversations, messages);
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ConversationSummary update(UserId caller, ConversationId id, Changes changes) {
        String name = changes.name() == null ? null : ConversationNames.name(changes.name());
        String topic = changes.topic() == null ? null : ConversationNames.topic(changes.topic());
        Instant now = clock.instant();
        Conversation updated = transactions.inTransaction(() -> {
            Membership membership = access.requireLocked(caller, id);
            ConversationRules.requireMayManage(membership.conversation(), membership.participant());
            Conversation current = membership.conversation();
            Conversation renamed = current.renamed(name == null ? current.name() : name,
                    changes.topic() == null ? current.topic() : topic, now);
            conversations.update(renamed);
            return renamed;
        });
        events.publish(new ConversationUpdated(updated));
        return conversations.summary(id, caller).orElseThrow(() -> ParleyException.notFound("conversation"));
    }

    @Override
    public void delete(UserId caller, ConversationId id) {
        Instant now = clock.instant();
        ConversationDeleted deleted = transactions.inTransaction(() -> {
            Membership membership = access.requireLocked(caller, id);
            ConversationRules.requireMayDelete(membership.conversation(), membership.participant());
            List<UserId> members = conversations.participants(id).stream().map(Participant::userId).toList();
            Conversation gone = membership.conversation().deleted(now);
            conversations.update(gone);
            return new ConversationDeleted(gone, members);
        });
        events.publish(deleted);
    }
}
