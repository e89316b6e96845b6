package dev.parley.domain.call.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.User;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.shared.Page;

/** Use case: a user's calls (both sides, newest first) and single calls they took part in. */
public interface CallHistoryUseCase {
    Page<Entry> history(Principal user, int limit, String cursor);

    /** One call the user took part in; anyone else gets {@code not_found}. */
    Call get(Principal user, CallId id);

    /** A call seen from one side: whether it went out or came in, and the other party. */
    record Entry(Call call, boolean outgoing, User peer) {
    }
}
