package dev.parley.domain.realtime.in;

import dev.parley.domain.account.UserId;
import java.util.Set;
import java.util.UUID;

/**
 * Incoming port: who a conversation delivery reaches, as seen by this node. The socket adapter asks it for
 * every conversation delivery on the fan-out thread, so it answers from a local index (loaded on a miss) and
 * blocks only briefly; a membership-changing delivery tells it to forget the conversation first.
 */
public interface ConversationAudience {
    Set<UserId> membersOf(UUID conversationId);

    /** Drops what the index remembers of the conversation (its membership changed on some node). */
    void membershipChanged(UUID conversationId);
}
