package dev.parley.application.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.realtime.in.ConversationAudience;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers {@link ConversationAudience} for the socket adapter (and typing) from this node's membership index: each conversation's members, loaded from the database on the first
 * delivery and kept until a membership-changing delivery ({@code REFRESH_MEMBERS}) drops it, so a message
 * to a 1,000-member group costs one set lookup per node instead of a query.
 */
public final class MembershipIndex implements ConversationAudience {
    private final MembershipQuery memberships;
    private final Map<UUID, Set<UserId>> members = new ConcurrentHashMap<>();
    private final int capacity;

    public MembershipIndex(MembershipQuery memberships, int capacity) {
        this.memberships = memberships;
        this.capacity = capacity;
    }

    @Override
    public Set<UserId> membersOf(UUID conversationId) {
        Set<UserId> cached = members.get(conversationId);
        if (cached != null) {
            return cached;
        }
        if (members.size() >= capacity) {
            // Crude but bounded: a full index starts over rather than growing without limit.
            members.clear();
        }
        // Loading inside computeIfAbsent makes a concurrent refresh wait for the load and then drop it,
        // so a load that read the membership before a change can never outlive that change's refresh.
        return members.computeIfAbsent(conversationId,
                id -> Set.copyOf(memberships.members(new ConversationId(id))));
    }

    @Override
    public void membershipChanged(UUID conversationId) {
        members.remove(conversationId);
    }
}
