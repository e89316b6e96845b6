package dev.parley.domain.realtime.out;

import dev.parley.domain.account.UserId;
import java.util.Set;
import java.util.UUID;

/**
 * Outgoing port: the current members of a conversation, as seen by this node. Called on the fan-out
 * thread for every conversation delivery, so implementations answer from a local index (loaded on a
 * miss, dropped on {@link #refresh} when a membership-changing delivery passes) and block only briefly.
 */
@FunctionalInterface
public interface ConversationMembers {
    Set<UserId> membersOf(UUID conversationId);

    /** Drops what the index remembers of the conversation (its membership changed on some node). */
    default void refresh(UUID conversationId) {
    }

    /** Until conversations exist: nobody. */
    static ConversationMembers none() {
        return conversationId -> Set.of();
    }
}
