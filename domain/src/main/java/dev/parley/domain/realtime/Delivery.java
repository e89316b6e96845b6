package dev.parley.domain.realtime;

import dev.parley.domain.account.SessionId;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on the fan-out bus: the wire frame exactly as clients receive it (encoded once, shared by every
 * socket), its audience, and what the receiving sockets must do afterwards. The bus never parses the frame.
 */
public record Delivery(Audience audience, WireFrame frame, Effect effect) {

    /** What happens to the addressed sockets after the event is written. */
    public enum Effect {
        /** Nothing: the sockets stay open. */
        NONE,
        /** The session was revoked: every node forgets it and closes its sockets with 4001. */
        END_SESSION,
        /**
         * The conversation's membership changed: every node refreshes its local membership index for it
         * before resolving this delivery's audience (so a member added just now gets the event too).
         */
        REFRESH_MEMBERS
    }

    public Delivery {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(effect, "effect");
        if (effect == Effect.END_SESSION && !(audience instanceof Audience.Session)) {
            throw new IllegalArgumentException("END_SESSION needs a session audience");
        }
        if (effect == Effect.REFRESH_MEMBERS && !(audience instanceof Audience.Conversation)) {
            throw new IllegalArgumentException("REFRESH_MEMBERS needs a conversation audience");
        }
    }

    public static Delivery of(Audience audience, WireFrame frame) {
        return new Delivery(audience, frame, Effect.NONE);
    }

    /** The revoked session, when this delivery ends one. */
    public Optional<SessionId> endedSession() {
        return effect == Effect.END_SESSION && audience instanceof Audience.Session(SessionId sessionId)
                ? Optional.of(sessionId) : Optional.empty();
    }
}
