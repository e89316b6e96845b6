package dev.parley.persistence.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.persistence.database.Database;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Persistence adapter: current memberships, read through the partial indexes on active participants. */
public final class JdbiMembershipQuery implements MembershipQuery {
    private final Database database;

    public JdbiMembershipQuery(Database database) {
        this.database = database;
    }

    @Override
    public List<UserId> members(ConversationId conversationId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT p.user_id FROM participants p JOIN conversations c ON c.id = p.conversation_id
                         WHERE p.conversation_id = :id AND p.left_at IS NULL AND c.deleted_at IS NULL
                         ORDER BY p.joined_at, p.user_id""")
                .bind("id", conversationId.value()).mapTo(UUID.class).map(UserId::new).list());
    }

    @Override
    public List<ConversationId> conversationsOf(UserId userId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT p.conversation_id FROM participants p JOIN conversations c ON c.id = p.conversation_id
                         WHERE p.user_id = :user AND p.left_at IS NULL AND c.deleted_at IS NULL""")
                .bind("user", userId.value()).mapTo(UUID.class).map(ConversationId::new).list());
    }

    @Override
    public Set<UserId> peersOf(UserId userId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT DISTINCT peer.user_id
                          FROM participants mine
                          JOIN conversations c ON c.id = mine.conversation_id AND c.deleted_at IS NULL
                          JOIN participants peer ON peer.conversation_id = mine.conversation_id AND peer.left_at IS NULL
                         WHERE mine.user_id = :user AND mine.left_at IS NULL AND peer.user_id <> :user""")
                .bind("user", userId.value()).mapTo(UUID.class).map(UserId::new)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }
}
