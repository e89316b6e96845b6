package dev.parley.domain.realtime;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who a delivery is for. Every node resolves the audience against its own sockets, so a delivery
 * crosses the bus once whatever the number of recipients: a conversation audience is resolved by each
 * node through its local membership index instead of being expanded into member ids by the sender.
 */
public sealed interface Audience {

    /**
     * Every device of these users, except the sockets of {@code exceptSession} when present (the device
     * that caused the event already knows, e.g. the one that answered a call).
     */
    record Users(Set<UserId> userIds, Optional<SessionId> exceptSession) implements Audience {
        public Users {
            userIds = Set.copyOf(userIds);
            Objects.requireNonNull(exceptSession, "exceptSession");
        }

        public Users(Set<UserId> userIds) {
            this(userIds, Optional.empty());
        }

        public static Users of(UserId... userIds) {
            return new Users(Set.of(userIds));
        }

        /** These users' devices except one session's sockets. */
        public static Users except(Set<UserId> userIds, SessionId exceptSession) {
            return new Users(userIds, Optional.of(exceptSession));
        }
    }

    /** Every device of every current member of a conversation (resolved per node). */
    record Conversation(UUID conversationId) implements Audience {
        public Conversation {
            Objects.requireNonNull(conversationId, "conversationId");
        }
    }

    /** The sockets of one signed-in device. */
    record Session(SessionId sessionId) implements Audience {
        public Session {
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }
}
