package dev.parley.application.realtime;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.event.ConversationCreated;
import dev.parley.domain.conversation.event.ConversationDeleted;
import dev.parley.domain.conversation.event.ConversationEvent;
import dev.parley.domain.conversation.event.ConversationUpdated;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.event.MessageDeleted;
import dev.parley.domain.conversation.event.MessageRestored;
import dev.parley.domain.conversation.event.MessageUpdated;
import dev.parley.domain.conversation.event.ParticipantAdded;
import dev.parley.domain.conversation.event.ParticipantRemoved;
import dev.parley.domain.conversation.event.ParticipantUpdated;
import dev.parley.domain.conversation.event.ReadCursorMoved;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;
import java.util.Set;

/**
 * Conversation events go to the conversation (one publish whatever its size; each node resolves the members),
 * and membership changes make every node refresh its index first. Read receipts follow the reader's
 * {@code share_read_receipts} switch.
 */
final class ConversationRecipients implements AudienceRule {
    private final UserRepository users;

    ConversationRecipients(UserRepository users) {
        this.users = users;
    }

    @Override
    public List<Addressed> address(DomainEvent event) {
        if (!(event instanceof ConversationEvent conversationEvent)) {
            return List.of();
        }
        Audience.Conversation everyone = new Audience.Conversation(conversationEvent.conversationId().value());
        return switch (conversationEvent) {
            case MessageCreated e -> List.of(Addressed.to(everyone, e));
            case MessageUpdated e -> List.of(Addressed.to(everyone, e));
            case MessageDeleted e -> List.of(Addressed.to(everyone, e));
            case MessageRestored e -> List.of(Addressed.to(everyone, e));
            case ConversationUpdated e -> List.of(Addressed.to(everyone, e));
            case ConversationCreated e -> List.of(refreshing(everyone, e));
            // The conversation is gone, and so is its membership: its former members are named.
            case ConversationDeleted e -> List.of(Addressed.to(new Audience.Users(Set.copyOf(e.memberIds())), e));
            case ParticipantAdded e -> List.of(refreshing(everyone, e));
            case ParticipantUpdated e -> List.of(refreshing(everyone, e));
            // The removed user is no longer a member once the index refreshes, yet must hear of it.
            case ParticipantRemoved e -> List.of(refreshing(everyone, e), Addressed.to(Audience.Users.of(e.userId()), e));
            // With share_read_receipts off only the reader's own devices learn the cursor (to sync unread counts).
            case ReadCursorMoved e -> List.of(Addressed.to(sharesReadReceipts(e.userId()) ? everyone
                    : Audience.Users.of(e.userId()), e));
        };
    }

    /** One user read per receipt; a reader who is gone shares nothing. */
    private boolean sharesReadReceipts(UserId reader) {
        return users.findById(reader).map(User::privacy).map(privacy -> privacy.shareReadReceipts()).orElse(false);
    }

    private static Addressed refreshing(Audience.Conversation audience, DomainEvent event) {
        return new Addressed(audience, Delivery.Effect.REFRESH_MEMBERS, event);
    }
}
