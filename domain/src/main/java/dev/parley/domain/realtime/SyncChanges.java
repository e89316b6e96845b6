package dev.parley.domain.realtime;

import dev.parley.domain.call.Call;
import dev.parley.domain.people.ContactRequest;
import java.util.List;

/**
 * The answer to {@code GET /sync}: the token for next time, whether the client must reload instead
 * ({@code reset}), and what changed for the caller since its token.
 */
public record SyncChanges(String nextSince, boolean reset, List<ConversationChange> conversations,
                          List<ContactRequest> contactRequests, List<Call> calls) {
    public SyncChanges {
        conversations = List.copyOf(conversations);
        contactRequests = List.copyOf(contactRequests);
        calls = List.copyOf(calls);
    }
}
