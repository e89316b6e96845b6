package dev.parley.domain.call;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;
import java.util.Optional;

/**
 * Facts about a call that clients must hear about ({@code call.*} frames carrying the full call). Each
 * event names the users whose devices get it, and optionally one session to leave out.
 */
public sealed interface CallEvent extends DomainEvent {
    Call call();

    /** Every device of these users gets the event... */
    List<UserId> recipients();

    /** ...except this one (the device that answered, for {@code call.answered_elsewhere}). */
    default Optional<SessionId> exceptSession() {
        return Optional.empty();
    }

    /** The frame type, e.g. {@code call.incoming}. */
    String type();

    /** The callee's devices start ringing. */
    record Incoming(Call call) implements CallEvent {
        public List<UserId> recipients() {
            return List.of(call.callee());
        }

        public String type() {
            return "call.incoming";
        }
    }

    /** The caller learns the callee answered (and may now fetch its token). */
    record Accepted(Call call) implements CallEvent {
        public List<UserId> recipients() {
            return List.of(call.caller());
        }

        public String type() {
            return "call.accepted";
        }
    }

    /** The callee's other devices stop ringing: it was answered on {@code answeredOn}. */
    record AnsweredElsewhere(Call call, SessionId answeredOn) implements CallEvent {
        public List<UserId> recipients() {
            return List.of(call.callee());
        }

        @Override
        public Optional<SessionId> exceptSession() {
            return Optional.of(answeredOn);
        }

        public String type() {
            return "call.answered_elsewhere";
        }
    }

    /** The callee declined: the caller stops waiting, the callee's other devices stop ringing. */
    record Declined(Call call) implements CallEvent {
        public List<UserId> recipients() {
            return List.of(call.caller(), call.callee());
        }

        public String type() {
            return "call.declined";
        }
    }

    /** The caller gave up while it rang. */
    record Cancelled(Call call) implements CallEvent {
        public List<UserId> recipients() {
            return List.of(call.caller(), call.callee());
        }

        public String type() {
            return "call.cancelled";
        }
    }

    /** Nobody answered in time. */
    record Missed(Call call) implements CallEvent {
        public List<UserId> recipients() {
            return List.of(call.caller(), call.callee());
        }

        public String type() {
            return "call.missed";
        }
    }

    /** An answered call is over (hang-up, both left, or the room closed). */
    record Ended(Call call) implements CallEvent {
        public List<UserId> recipients() {
            return List.of(call.caller(), call.callee());
        }

        public String type() {
            return "call.ended";
        }
    }

    /** The event announcing that {@code call} reached its current (finished) state. */
    static CallEvent finished(Call call) {
        return switch (call.state()) {
            case dev.parley.domain.call.Declined declined -> new Declined(call);
            case dev.parley.domain.call.Cancelled cancelled -> new Cancelled(call);
            case dev.parley.domain.call.Missed missed -> new Missed(call);
            case dev.parley.domain.call.Ended ended -> new Ended(call);
            case CallState.Live live -> throw new IllegalArgumentException("call " + call.id() + " is not finished");
        };
    }
}
