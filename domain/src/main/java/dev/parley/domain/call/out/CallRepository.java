package dev.parley.domain.call.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outgoing port: where calls live, and the database's guarantee that nobody is in two live calls. */
public interface CallRepository {
    /**
     * Stores a new ringing call and marks both parties busy, atomically: rejects with {@code callee_busy}
     * when either party already is in a ringing or active call, even one placed concurrently.
     */
    void insert(Call call);

    Optional<Call> find(CallId id);

    /** Loads the call and locks it until the current transaction ends (serialises concurrent transitions). */
    Optional<Call> lock(CallId id);

    /** Writes the call's new state; a finished call frees both parties for other calls. */
    void update(Call call);

    /** Locks up to {@code limit} ringing calls past their deadline that no other node is handling right now. */
    List<Call> claimDueRinging(Instant now, int limit);

    /** The user's calls (either side), newest first, strictly older than {@code before} when given. */
    List<Call> history(UserId user, CallId before, int limit);
}
