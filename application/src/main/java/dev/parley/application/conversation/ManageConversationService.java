package dev.parley.application.conversation;

import dev.parley.application.file.AvatarService;
import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import java.util.Optional;
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

/**
 * Renames and deletes conversations. Deleting keeps every message stored; participants just lose access.
 * A meeting's chat is neither: it follows its meeting.
 */
public final class ManageConversationService implements ManageConversationUseCase {
    private final ConversationRepository conversations;
    private final ConversationAccess access;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Clock clock;
    private final AvatarService avatars;

    public ManageConversationService(ConversationRepository conversations, MessageRepository messages,
                                     Transactions transactions, EventPublisher events, Clock clock) {
        this(conversations, messages, transactions, events, clock, null);
    }

    /** With {@link AvatarService}, groups may have avatars (without, any {@code avatar_file_id} is refused). */
    public ManageConversationService(ConversationRepository conversations, MessageRepository messages,
                                     Transactions transactions, EventPublisher events, Clock clock,
                                     AvatarService avatars) {
        this.avatars = avatars;
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
        String avatarId = changes.avatarFileId();
        if (avatarId != null && avatars == null) {
            throw ParleyException.invalid("avatar_file_id", "files are not enabled on this server");
        }
        Optional<FileId> avatar = avatarId == null || avatarId.equals(CLEAR_AVATAR) ? Optional.empty()
                : Optional.of(avatars.check(caller, avatarId));
        Instant now = clock.instant();
        Conversation updated = transactions.inTransaction(() -> {
            Membership membership = access.requireLocked(caller, id);
            ConversationRules.requireNotMeetingChat(membership.conversation());
            ConversationRules.requireMayManage(membership.conversation(), membership.participant());
            Conversation current = membership.conversation();
            Conversation renamed = current.renamed(name == null ? current.name() : name,
                    changes.topic() == null ? current.topic() : topic, now);
            if (avatarId != null) {
                renamed = renamed.withAvatar(avatars.apply(id.value(), avatar), now);
            }
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
            ConversationRules.requireNotMeetingChat(membership.conversation());
            ConversationRules.requireMayDelete(membership.conversation(), membership.participant());
            List<UserId> members = conversations.participants(id).stream().map(Participant::userId).toList();
            Conversation gone = membership.conversation().deleted(now);
            conversations.update(gone);
            return new ConversationDeleted(gone, members);
        });
        events.publish(deleted);
    }
}
