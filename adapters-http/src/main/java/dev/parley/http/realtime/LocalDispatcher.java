package dev.parley.http.realtime;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.realtime.in.ConversationAudience;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Subscribed to the fan-out bus: writes each delivery's frame (encoded once, shared by all) to this node's
 * connections in its audience (enqueue only), asking the application who a conversation's members are (after
 * telling it the membership changed, when the delivery says so), then closes revoked sessions.
 *
 * <p>This runs once per delivery per node, so it walks the registry's live (weakly consistent) sets directly:
 * no stream, intermediate list or copy per delivery.
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
        WireFrame frame = delivery.frame();
        boolean endSession = delivery.effect() == Delivery.Effect.END_SESSION;
        switch (delivery.audience()) {
            case Audience.Users users -> {
                SessionId except = users.exceptSession().orElse(null);
                for (UserId userId : users.userIds()) {
                    sendTo(registry.ofUser(userId), frame, endSession, except);
                }
            }
            case Audience.Conversation conversation -> toMembers(members.membersOf(conversation.conversationId()),
                    frame, endSession);
            case Audience.Session session -> sendTo(registry.ofSession(session.sessionId()), frame, endSession, null);
        }
    }

    /**
     * Walks whichever is smaller: the members, or the users connected to this node. A 1,000-member group on
     * a node holding ten of them costs ten set look-ups, not a thousand map probes.
     */
    private void toMembers(Set<UserId> memberIds, WireFrame frame, boolean endSession) {
        Set<UserId> connected = registry.users();
        boolean fewerMembers = memberIds.size() <= connected.size();
        for (UserId userId : fewerMembers ? memberIds : connected) {
            if (fewerMembers || memberIds.contains(userId)) {
                sendTo(registry.ofUser(userId), frame, endSession, null);
            }
        }
    }

    private static void sendTo(Set<Connection> connections, WireFrame frame, boolean endSession, SessionId except) {
        for (Connection connection : connections) {
            if (except != null && except.equals(connection.principal().sessionId())) {
                continue;
            }
            connection.send(frame);
            if (endSession) {
                connection.closeAfterPending(CloseCodes.UNAUTHORIZED, "session revoked");
            }
        }
    }
}
