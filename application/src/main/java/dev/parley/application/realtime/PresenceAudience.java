package dev.parley.application.realtime;

import dev.parley.domain.account.Privacy;
import dev.parley.domain.account.Reach;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.people.ReachabilityCheck.Channel;
import dev.parley.domain.people.ReachabilityPolicy;
import dev.parley.domain.people.Relationship;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who hears a user's presence changes (used by {@link DeliveryService}): their contacts and conversation peers, each only when
 * {@link ReachabilityPolicy} lets that watcher see the user's presence ({@code presence_visible_to}, blocks
 * either way). The user's privacy and contacts are read once, not once per watcher; {@code nobody} costs one read.
 */
final class PresenceAudience {
    private static final int PAGE = 500;

    private final UserRepository users;
    private final BlockRepository blocks;
    private final ContactRepository contacts;
    private final MembershipQuery memberships;

    PresenceAudience(UserRepository users, BlockRepository blocks, ContactRepository contacts,
                            MembershipQuery memberships) {
        this.users = users;
        this.blocks = blocks;
        this.contacts = contacts;
        this.memberships = memberships;
    }

    Set<UserId> watchersOf(UserId userId) {
        Privacy privacy = users.findById(userId).filter(user -> !user.isDeleted()).map(User::privacy).orElse(null);
        if (privacy == null || privacy.presenceVisibleTo() == Reach.NOBODY) {
            return Set.of();
        }
        Set<UserId> contactIds = contactsOf(userId);
        Set<UserId> candidates = new LinkedHashSet<>(contactIds);
        if (privacy.presenceVisibleTo() == Reach.EVERYONE) {
            candidates.addAll(memberships.peersOf(userId));
        }
        candidates.remove(userId);
        candidates.removeIf(watcher -> {
            boolean blocked = blocks.blockedEitherWay(watcher, userId);
            Relationship relationship = Relationship.of(false, blocked, !blocked && contactIds.contains(watcher));
            return !ReachabilityPolicy.decide(relationship, privacy, Channel.PRESENCE).allowed();
        });
        return Set.copyOf(candidates);
    }

    private Set<UserId> contactsOf(UserId userId) {
        Set<UserId> result = new HashSet<>();
        UserId after = null;
        while (true) {
            List<RelatedUser> page = contacts.list(userId, after, PAGE);
            page.forEach(contact -> result.add(contact.user().id()));
            if (page.size() < PAGE) {
                return result;
            }
            after = page.getLast().user().id();
        }
    }
}
