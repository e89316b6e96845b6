package dev.parley.domain.conversation.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import java.util.List;
import java.util.Set;

/** Outgoing port for fan-out: who is in which conversation right now. */
public interface MembershipQuery {
    List<UserId> members(ConversationId conversationId);

    List<ConversationId> conversationsOf(UserId userId);

    /** Distinct users sharing at least one live conversation with {@code userId} (not including them). */
    Set<UserId> peersOf(UserId userId);
}
