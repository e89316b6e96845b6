package dev.parley.domain.call;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.Objects;

/** Answered on the callee's device {@code answeredOn}; media flows through LiveKit. */
public record Active(Instant answeredAt, SessionId answeredOn, MediaPresence presence) implements CallState.Live {
    public Active {
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(answeredOn, "answeredOn");
        Objects.requireNonNull(presence, "presence");
    }

    @Override
    public CallStatus status() {
        return CallStatus.ACTIVE;
    }

    public Ended hangUp(UserId by, Instant at) {
        return new Ended(answeredAt, at, EndReason.HANGUP, by);
    }

    /** The media side ended the call (both left, or the room closed): nobody pressed end. */
    public Ended closedByMedia(EndReason reason, Instant at) {
        return new Ended(answeredAt, at, reason, null);
    }

    public Active withPresence(MediaPresence changed) {
        return new Active(answeredAt, answeredOn, changed);
    }
}
