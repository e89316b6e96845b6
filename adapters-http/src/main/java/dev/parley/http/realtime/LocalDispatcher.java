package dev.parley.http.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.in.ConversationAudience;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Subscribed to the fan-out bus: writes each delivery's frame (encoded once, shared by all) to this node's
 * connections in its audience (enqueue only), asking the application who a conversation's members are (after
 * telling it the membership changed, when the delivery says so), then closes revoked sessions.
 */
final class LocalDispatcher implements Consumer<Delivery> {
    private final SocketRegistry registry;
    private final ConversationAudience members;

    LocalDispatcher(SocketRegistry registry, ConversationAudience members) {
        this.registry = registry;
        this.members = members;
    }

    @Override
    public void accept(Delivery delivery) {
        if (delivery.effect() == Delivery.Effect.REFRESH_MEMBERS
                && delivery.audience() instanceof Audience.Conversation(java.util.UUID conversationId)) {
            members.membershipChanged(conversationId);
        }
        Collection<Connection> targets = switch (delivery.audience()) {
            case Audience.Users users -> ofUsers(users.userIds()).stream()
                    .filter(connection -> users.exceptSession().map(except -> !except.equals(connection.principal().sessionId()))
                            .orElse(true))
                    .toList();
            case Audience.Conversation conversation -> ofMembers(members.membersOf(conversation.conversationId()));
            case Audience.Session session -> registry.ofSession(session.sessionId());
        };
        for (Connection connection : List.copyOf(targets)) {
            connection.send(delivery.frame());
            if (delivery.effect() == Delivery.Effect.END_SESSION) {
                connection.closeAfterPending(CloseCodes.UNAUTHORIZED, "session revoked");
            }
        }
    }

    /**
     * Walks whichever is smaller: the members, or the users connected to this node. A 1,000-member group on
     * a node holding ten of them costs ten set look-ups, not a thousand map probes.
     */
    private List<Connection> ofMembers(java.util.Set<UserId> memberIds) {
        java.util.Set<UserId> connected = registry.users();
        if (memberIds.size() <= connected.size()) {
            return ofUsers(memberIds);
        }
        return ofUsers(connected.stream().filter(memberIds::contains).toList());
    }

    private List<Connection> ofUsers(Collection<UserId> userIds) {
        return userIds.stream().flatMap(userId -> registry.ofUser(userId).stream()).toList();
    }
}
