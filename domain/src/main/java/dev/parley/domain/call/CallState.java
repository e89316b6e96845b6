package dev.parley.domain.call;

/**
 * The lifecycle of a call, one record per state: {@code Ringing → Active | Declined | Cancelled | Missed},
 * {@code Active → Ended}. Transitions exist only on the states they leave, so an illegal move cannot be
 * written; each state carries exactly the facts that are true in it.
 */
public sealed interface CallState permits CallState.Live, CallState.Finished {
    CallStatus status();

    /** A call that still holds both parties (ringing or active). */
    sealed interface Live extends CallState permits Ringing, Active {
    }

    /** A call that is over; it never changes again. */
    sealed interface Finished extends CallState permits Declined, Cancelled, Missed, Ended {
        java.time.Instant endedAt();

        EndReason reason();
    }
}
