package dev.parley.application.conversation.fakes;

import dev.parley.application.call.InMemoryCallRepository;
import dev.parley.application.conversation.fakes.InMemoryConversationData.ConversationRow;
import dev.parley.application.conversation.fakes.InMemoryConversationData.ParticipantRow;
import dev.parley.application.people.InMemoryContactRequests;
import dev.parley.application.testing.UuidOrder;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Active;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallState;
import dev.parley.domain.call.Ended;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.realtime.ConversationChange;
import dev.parley.domain.realtime.out.ChangeFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * In-memory {@link ChangeFeed} over the in-memory stores, with the PostgreSQL feed's rules for what changed when.
 * Like the conversation fakes it reads, it is meant for one thread at a time.
 */
public final class InMemoryChangeFeed implements ChangeFeed {
    private final InMemoryConversationData conversations;
    private final InMemoryContactRequests requests;
    private final InMemoryCallRepository calls;

    public InMemoryChangeFeed(InMemoryConversationData conversations, InMemoryContactRequests requests,
                              InMemoryCallRepository calls) {
        this.conversations = conversations;
        this.requests = requests;
        this.calls = calls;
    }

    @Override
    public Instant now() {
        return conversations.clock.instant();
    }

    @Override
    public List<ConversationChange> conversations(UserId userId, Instant after) {
        List<ConversationChange> changes = new ArrayList<>();
        for (Map.Entry<ConversationId, Map<UserId, ParticipantRow>> entry : conversations.participants.entrySet()) {
            ParticipantRow row = entry.getValue().get(userId);
            ConversationRow stored = conversations.conversations.get(entry.getKey());
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

    @Override
    public List<ContactRequest> contactRequests(UserId userId, Instant after) {
        return requests.all().stream()
                .filter(request -> request.involves(userId))
                .filter(request -> request.createdAt().isAfter(after)
                        || (request.respondedAt() != null && request.respondedAt().isAfter(after)))
                .sorted(Comparator.comparing(request -> request.id().value(), UuidOrder.UNSIGNED))
                .toList();
    }

    @Override
    public List<Call> calls(UserId userId, Instant after) {
        return calls.all().stream()
                .filter(call -> call.caller().equals(userId) || call.callee().equals(userId))
                .filter(call -> Stream.of(call.createdAt(), answeredAt(call.state()), endedAt(call.state()))
                        .anyMatch(at -> at != null && at.isAfter(after)))
                .sorted(Comparator.comparing(call -> call.id().value(), UuidOrder.UNSIGNED))
                .toList();
    }

    private static Instant answeredAt(CallState state) {
        return state instanceof Active active ? active.answeredAt()
                : state instanceof Ended ended ? ended.answeredAt() : null;
    }

    private static Instant endedAt(CallState state) {
        return state instanceof CallState.Finished finished ? finished.endedAt() : null;
    }
}
