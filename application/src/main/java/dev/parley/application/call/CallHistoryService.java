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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
        // one query for the whole page's peers, however many calls it lists
        Set<UserId> peerIds = shown.stream().map(call -> call.peerOf(user.userId())).collect(Collectors.toSet());
        Map<UserId, User> peers = peerIds.isEmpty() ? Map.of()
                : users.findAllById(peerIds).stream().collect(Collectors.toMap(User::id, peer -> peer));
        List<Entry> entries = shown.stream().map(call -> {
            User peer = peers.get(call.peerOf(user.userId()));
            if (peer == null) {
                throw new IllegalStateException("call " + call.id() + " names a missing user");
            }
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
