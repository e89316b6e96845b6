package dev.parley.application.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.realtime.out.PresenceWatchers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who hears a user's presence changes: their contacts and conversation peers, each only when the
 * user's {@code presence_visible_to} (and blocks, either way) allow that watcher to see it.
 */
public final class PresenceAudience implements PresenceWatchers {
    private static final int PAGE = 500;

    private final ContactRepository contacts;
    private final MembershipQuery memberships;
    private final ReachabilityCheck reachability;

    public PresenceAudience(ContactRepository contacts, MembershipQuery memberships, ReachabilityCheck reachability) {
        this.contacts = contacts;
        this.memberships = memberships;
        this.reachability = reachability;
    }

    @Override
    public Set<UserId> watchersOf(UserId userId) {
        Set<UserId> candidates = new LinkedHashSet<>(memberships.peersOf(userId));
        UserId after = null;
        while (true) {
            List<RelatedUser> page = contacts.list(userId, after, PAGE);
            page.forEach(contact -> candidates.add(contact.user().id()));
            if (page.size() < PAGE) {
                break;
            }
            after = page.getLast().user().id();
        }
        candidates.remove(userId);
        // The watcher "reaches" the user's presence: the user's privacy (the target's) decides.
        candidates.removeIf(watcher -> !reachability.allows(watcher, userId, ReachabilityCheck.Channel.PRESENCE));
        return Set.copyOf(candidates);
    }
}
