package dev.parley.inmemory.call;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallState;
import dev.parley.domain.call.Ringing;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.inmemory.shared.UuidOrder;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory adapter: calls in a map with the database's busy rule (one live call per user). Thread-safe (one lock). */
public final class InMemoryCallRepository implements CallRepository {
    private final Map<CallId, Call> calls = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Call call) {
        boolean busy = calls.values().stream().filter(other -> other.status().isLive())
                .anyMatch(other -> other.isParty(call.caller()) || other.isParty(call.callee()));
        if (busy) {
            throw new ParleyException(ErrorCode.CALLEE_BUSY, "one of you is already in a call");
        }
        calls.put(call.id(), call);
    }

    @Override
    public synchronized Optional<Call> find(CallId id) {
        return Optional.ofNullable(calls.get(id));
    }

    @Override
    public Optional<Call> lock(CallId id) {
        return find(id);
    }

    @Override
    public synchronized void update(Call call) {
        calls.put(call.id(), call);
    }

    @Override
    public synchronized List<Call> claimDueRinging(Instant now, int limit) {
        return calls.values().stream().filter(call -> call.state() instanceof Ringing ringing && ringing.isDue(now))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<Call> history(UserId user, CallId before, int limit) {
        return calls.values().stream().filter(call -> call.isParty(user))
                .filter(call -> before == null || UuidOrder.UNSIGNED.compare(call.id().value(), before.value()) < 0)
                .sorted(Comparator.comparing((Call call) -> call.id().value(), UuidOrder.UNSIGNED).reversed()).limit(limit).toList();
    }

    public synchronized List<Call> all() {
        return List.copyOf(calls.values());
    }

    public synchronized long finished() {
        return calls.values().stream().filter(call -> call.state() instanceof CallState.Finished).count();
    }
}
