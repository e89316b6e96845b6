package dev.parley.inmemory.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.inmemory.conversation.InMemoryConversationData.ConversationRow;
import dev.parley.inmemory.conversation.InMemoryConversationData.ParticipantRow;
import dev.parley.inmemory.shared.UuidOrder;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In-memory adapter: current memberships read from the shared {@link InMemoryConversationData}, under its lock,
 * with the database's rules: only active participants of conversations that are not deleted.
 */
public final class InMemoryMembershipQuery implements MembershipQuery {
    private final InMemoryConversationData data;

    public InMemoryMembershipQuery(InMemoryConversationData data) {
        this.data = data;
    }

    @Override
    public List<UserId> members(ConversationId conversationId) {
        synchronized (data) {
            if (!live(conversationId)) {
                return List.of();
            }
            return data.participants.getOrDefault(conversationId, Map.of()).values().stream()
                    .filter(ParticipantRow::active)
                    .sorted(Comparator.comparing((ParticipantRow row) -> row.participant().joinedAt())
                            .thenComparing(row -> row.participant().userId().value(), UuidOrder.UNSIGNED))
                    .map(row -> row.participant().userId())
                    .toList();
        }
    }

    @Override
    public List<ConversationId> conversationsOf(UserId userId) {
        synchronized (data) {
            return data.participants.entrySet().stream()
                    .filter(entry -> live(entry.getKey()))
                    .filter(entry -> isActive(entry.getValue(), userId))
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }

    @Override
    public Set<UserId> peersOf(UserId userId) {
        synchronized (data) {
            Set<UserId> peers = new LinkedHashSet<>();
            data.participants.forEach((conversationId, members) -> {
                if (live(conversationId) && isActive(members, userId)) {
                    members.values().stream().filter(ParticipantRow::active)
                            .map(row -> row.participant().userId())
                            .filter(peer -> !peer.equals(userId))
                            .forEach(peers::add);
                }
            });
            return peers;
        }
    }

    private boolean live(ConversationId conversationId) {
        ConversationRow row = data.conversations.get(conversationId);
        return row != null && row.conversation().deletedAt() == null;
    }

    private static boolean isActive(Map<UserId, ParticipantRow> members, UserId userId) {
        ParticipantRow row = members.get(userId);
        return row != null && row.active();
    }
}
