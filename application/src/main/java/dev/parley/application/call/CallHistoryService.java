package dev.parley.application.call;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.in.CallHistoryUseCase;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.shared.Page;
import dev.parley.domain.shared.ParleyException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A user's call history (keyset-paginated by call id, which is time-ordered) and single calls. */
public final class CallHistoryService implements CallHistoryUseCase {
    private final CallRepository calls;
    private final UserRepository users;

    public CallHistoryService(CallRepository calls, UserRepository users) {
        this.calls = calls;
        this.users = users;
    }

    @Override
    public Page<Entry> history(Principal user, int limit, String cursor) {
        CallId before = cursor == null || cursor.isBlank() ? null : CallId.parse("cursor", cursor);
        List<Call> page = calls.history(user.userId(), before, limit + 1);
        boolean more = page.size() > limit;
        List<Call> shown = more ? page.subList(0, limit) : page;
        Map<UserId, User> peers = new HashMap<>();
        List<Entry> entries = shown.stream().map(call -> {
            UserId peerId = call.peerOf(user.userId());
            User peer = peers.computeIfAbsent(peerId, id -> users.findById(id)
                    .orElseThrow(() -> new IllegalStateException("call " + call.id() + " names a missing user")));
            return new Entry(call, call.caller().equals(user.userId()), peer);
        }).toList();
        return new Page<>(entries, more ? shown.getLast().id().toString() : null);
    }

    @Override
    public Call get(Principal user, CallId id) {
        return calls.find(id).filter(call -> call.isParty(user.userId()))
                .orElseThrow(() -> ParleyException.notFound("call"));
    }
}
