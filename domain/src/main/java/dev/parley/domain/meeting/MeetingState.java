package dev.parley.domain.meeting;

import java.time.Instant;
import java.util.Objects;

/**
 * The lifecycle of a meeting, one record per state: {@code Scheduled → Active | Ended}, {@code Active → Ended}.
 * Transitions exist only on the states they leave; an ended meeting never changes again.
 */
public sealed interface MeetingState {
    MeetingStatus status();

    /** Created, nobody has joined yet. */
    record Scheduled() implements MeetingState {
        public MeetingStatus status() {
            return MeetingStatus.SCHEDULED;
        }

        public Active start(Instant at) {
            return new Active(at, null);
        }

        public Ended end(EndReason reason, Instant at) {
            return new Ended(null, at, reason);
        }
    }

    /**
     * Started by its first join. {@code emptySince} is when the last joined participant left (null while
     * anyone is joined): the empty-grace timer counts from it.
     */
    record Active(Instant startedAt, Instant emptySince) implements MeetingState {
        public Active {
            Objects.requireNonNull(startedAt, "startedAt");
        }

        public MeetingStatus status() {
            return MeetingStatus.ACTIVE;
        }

        public Active occupied() {
            return emptySince == null ? this : new Active(startedAt, null);
        }

        public Active emptied(Instant at) {
            return emptySince != null ? this : new Active(startedAt, at);
        }

        public Ended end(EndReason reason, Instant at) {
            return new Ended(startedAt, at.isBefore(startedAt) ? startedAt : at, reason);
        }
    }

    /** Over, for one reason; {@code startedAt} is null when it never started. */
    record Ended(Instant startedAt, Instant endedAt, EndReason reason) implements MeetingState {
        public Ended {
            Objects.requireNonNull(endedAt, "endedAt");
            Objects.requireNonNull(reason, "reason");
        }

        public MeetingStatus status() {
            return MeetingStatus.ENDED;
        }
    }
}
