package dev.parley.inmemory.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.realtime.ConversationChange;
import dev.parley.inmemory.conversation.InMemoryConversationData.ConversationRow;
import dev.parley.inmemory.conversation.InMemoryConversationData.ParticipantRow;
import dev.parley.inmemory.shared.UuidOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** The change feed's view of the conversation rows, with the PostgreSQL feed's rules for what changed when. */
final class ConversationChanges {
    private ConversationChanges() {
    }

    /** Called under the data's lock. */
    static List<ConversationChange> of(InMemoryConversationData data, UserId userId, Instant after) {
        List<ConversationChange> changes = new ArrayList<>();
        for (Map.Entry<ConversationId, Map<UserId, ParticipantRow>> entry : data.participants.entrySet()) {
            ParticipantRow row = entry.getValue().get(userId);
            ConversationRow stored = data.conversations.get(entry.getKey());
            if (row != null && stored != null) {
                change(stored, row, after).ifPresent(changes::add);
            }
        }
        changes.sort(Comparator.comparing(change -> change.id().value(), UuidOrder.UNSIGNED));
        return changes;
    }

    private static Optional<ConversationChange> change(ConversationRow stored, ParticipantRow row, Instant after) {
        Conversation c = stored.conversation();
        boolean stillRelevant = row.leftAt() == null || row.leftAt().isAfter(after) || row.updatedAt().isAfter(after);
        Instant changedAt = Stream.of(c.updatedAt(), stored.lastActivityAt(), row.updatedAt(), c.deletedAt(),
                row.leftAt()).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
        if (!stillRelevant || !changedAt.isAfter(after)) {
            return Optional.empty();
        }
        return Optional.of(new ConversationChange(c.id(), c.type().wire(), c.lastSeq(), row.lastReadSeq(),
                row.participant().role().wire(), row.participant().joinedAt(), row.leftAt(), changedAt, c.deletedAt()));
    }
}
