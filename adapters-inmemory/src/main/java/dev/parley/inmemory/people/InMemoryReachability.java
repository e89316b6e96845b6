package dev.parley.inmemory.people;

import dev.parley.domain.account.Privacy;
import dev.parley.domain.account.Reach;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.ReachDecision;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.people.ReachabilityPolicy;
import dev.parley.domain.people.Relationship;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;

/**
 * What the in-memory message store asks inside its append, as the PostgreSQL append judges blocks, contacts and
 * privacy inside its statement: the same facts the application's reachability service loads, decided by the
 * same {@link ReachabilityPolicy}. (An adapter may not use the application's service, so the fact loading is
 * repeated here, a few lines.)
 */
public final class InMemoryReachability implements ReachabilityCheck {
    private static final Privacy GONE = new Privacy(Reach.NOBODY, Reach.NOBODY, Reach.NOBODY, false);

    private final UserRepository users;
    private final BlockRepository blocks;
    private final ContactRepository contacts;

    public InMemoryReachability(UserRepository users, BlockRepository blocks, ContactRepository contacts) {
        this.users = users;
        this.blocks = blocks;
        this.contacts = contacts;
    }

    @Override
    public void require(UserId from, UserId to, Channel channel) {
        decide(from, to, channel).orThrow();
    }

    @Override
    public boolean allows(UserId from, UserId to, Channel channel) {
        return decide(from, to, channel).allowed();
    }

    private ReachDecision decide(UserId from, UserId to, Channel channel) {
        if (from.equals(to)) {
            return ReachabilityPolicy.decide(Relationship.SELF, Privacy.DEFAULTS, channel);
        }
        Privacy privacy = users.findById(to).filter(user -> !user.isDeleted()).map(User::privacy).orElse(GONE);
        boolean blocked = blocks.blockedEitherWay(from, to);
        boolean contact = !blocked && contacts.areContacts(from, to);
        return ReachabilityPolicy.decide(Relationship.of(false, blocked, contact), privacy, channel);
    }
}
