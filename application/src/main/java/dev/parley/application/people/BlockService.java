package dev.parley.application.people;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.ContactRemoved;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.UserBlocked;
import dev.parley.domain.people.in.BlocksUseCase;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Page;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Blocks: blocking (which also ends the contact and any pending request between the two), unblocking, listing. */
public final class BlockService implements BlocksUseCase {
    private final BlockRepository blocks;
    private final ContactRepository contacts;
    private final ContactRequestRepository requests;
    private final LiveUsers live;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Clock clock;

    public BlockService(BlockRepository blocks, ContactRepository contacts, ContactRequestRepository requests,
                        UserRepository users, Transactions transactions, EventPublisher events, Clock clock) {
        this.blocks = blocks;
        this.contacts = contacts;
        this.requests = requests;
        this.live = new LiveUsers(users);
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RelatedUser block(UserId caller, UserId target) {
        if (caller.equals(target)) {
            throw ParleyException.invalid("user_id", "cannot block yourself");
        }
        Instant now = clock.instant();
        record Outcome(User blocked, boolean wasContact) {
        }
        Outcome outcome = transactions.inTransaction(() -> {
            User user = live.byId(target);
            if (!blocks.add(caller, target, now)) {
                throw new ParleyException(ErrorCode.ALREADY_EXISTS, "this user is already blocked");
            }
            boolean wasContact = contacts.remove(caller, target);
            requests.cancelPendingBetween(caller, target, now);
            return new Outcome(user, wasContact);
        });
        events.publish(new UserBlocked(caller, target));
        if (outcome.wasContact()) {
            events.publish(new ContactRemoved(caller, target));
        }
        return new RelatedUser(outcome.blocked(), now);
    }

    @Override
    public void unblock(UserId caller, UserId target) {
        if (!transactions.inTransaction(() -> blocks.remove(caller, target))) {
            throw ParleyException.notFound("block");
        }
    }

    @Override
    public Page<RelatedUser> list(UserId caller, String cursor, int limit) {
        var after = Cursors.parse(cursor);
        List<RelatedUser> fetched = blocks.list(caller, after == null ? null : new UserId(after), limit + 1);
        return Cursors.page(fetched, limit, related -> related.user().id().value());
    }
}
