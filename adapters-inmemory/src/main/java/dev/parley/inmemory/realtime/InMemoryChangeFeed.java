package dev.parley.inmemory.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Active;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallState;
import dev.parley.domain.call.Ended;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.realtime.ConversationChange;
import dev.parley.domain.realtime.out.ChangeFeed;
import dev.parley.inmemory.call.InMemoryCallRepository;
import dev.parley.inmemory.conversation.InMemoryConversationData;
import dev.parley.inmemory.people.InMemoryContactRequestRepository;
import dev.parley.inmemory.shared.UuidOrder;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * In-memory adapter: the {@link ChangeFeed} over the in-memory stores, with the PostgreSQL feed's rules for what
 * changed when. Thread-safe: each read takes the lock of the store it reads.
 */
public final class InMemoryChangeFeed implements ChangeFeed {
    private final InMemoryConversationData conversations;
    private final InMemoryContactRequestRepository requests;
    private final InMemoryCallRepository calls;

    public InMemoryChangeFeed(InMemoryConversationData conversations, InMemoryContactRequestRepository requests,
                              InMemoryCallRepository calls) {
        this.conversations = conversations;
        this.requests = requests;
        this.calls = calls;
    }

    @Override
    public Instant now() {
        return conversations.now();
    }

    @Override
    public List<ConversationChange> conversations(UserId userId, Instant after) {
        return conversations.changesFor(userId, after);
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
