package dev.parley.application.call;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.User;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.in.PlaceCallUseCase;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;

/**
 * Places a call: the callee must exist and be reachable by the caller; the repository makes both parties
 * busy atomically, so of two simultaneous calls involving the same person exactly one rings.
 */
public final class PlaceCallService implements PlaceCallUseCase {
    private final CallRepository calls;
    private final UserRepository users;
    private final ReachabilityCheck reachability;
    private final CallAnnouncer announcer;
    private final CallSettings settings;
    private final Transactions transactions;
    private final Clock clock;

    public PlaceCallService(CallRepository calls, UserRepository users, ReachabilityCheck reachability,
                            CallAnnouncer announcer, CallSettings settings, Transactions transactions, Clock clock) {
        this.calls = calls;
        this.users = users;
        this.reachability = reachability;
        this.announcer = announcer;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Call place(Principal caller, Command command) {
        if (command.callee().equals(caller.userId())) {
            throw ParleyException.invalid("callee_id", "you cannot call yourself");
        }
        users.findById(command.callee()).filter(user -> !user.isDeleted())
                .map(User::id).orElseThrow(() -> ParleyException.notFound("user"));
        reachability.require(caller.userId(), command.callee(), ReachabilityCheck.Channel.CALL);
        Instant now = clock.instant();
        Call call = Call.place(new CallId(Ids.newId(now)), caller.userId(), command.callee(), command.media(), now,
                now.plus(settings.ringTimeout()));
        transactions.run(() -> calls.insert(call));
        announcer.placed(call);
        return call;
    }
}
