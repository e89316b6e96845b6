package dev.parley.domain.realtime.out;

import dev.parley.domain.account.UserId;
import java.util.Set;
import java.util.UUID;

/**
 * Outgoing port: the current members of a conversation, as seen by this node. Called on the fan-out
 * thread for every conversation delivery, so implementations answer from a local index (kept fresh by
 * the membership events) and never block on the database for long.
 */
@FunctionalInterface
public interface ConversationMembers {
    Set<UserId> membersOf(UUID conversationId);

    /** Until conversations exist: nobody. */
    static ConversationMembers none() {
        return conversationId -> Set.of();
    }
}
