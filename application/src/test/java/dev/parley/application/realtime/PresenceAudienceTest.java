package dev.parley.application.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.Privacy;
import dev.parley.domain.account.Reach;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.people.InMemoryBlockRepository;
import dev.parley.inmemory.people.InMemoryContactRepository;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Presence goes to contacts and peers as the user's presence_visible_to and blocks allow. */
class PresenceAudienceTest {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryBlockRepository blocks = new InMemoryBlockRepository();
    /** The shared InMemoryContactRepository does not list; this one answers only what the audience asks. */
    private final InMemoryContactRepository pairs = new InMemoryContactRepository();
    private final ContactRepository contacts = new ContactRepository() {
        @Override
        public void add(UserId a, UserId b, Instant at) {
            pairs.add(a, b, at);
        }

        @Override
        public boolean remove(UserId a, UserId b) {
            return pairs.remove(a, b);
        }

        @Override
        public boolean areContacts(UserId a, UserId b) {
            return pairs.areContacts(a, b);
        }

        @Override
        public List<RelatedUser> list(UserId owner, UserId after, int limit) {
            return users.findAllById(List.of(friend, peer, blockedFriend)).stream().filter(user -> pairs.areContacts(owner, user.id()))
                    .map(user -> new RelatedUser(user, AT)).toList();
        }

        @Override
        public List<UserId> removeAll(UserId user) {
            return pairs.removeAll(user);
        }
    };
    private final User alice = users.add("alice");
    private final UserId friend = users.add("friend").id();
    private final UserId peer = users.add("peer").id();
    private final UserId blockedFriend = users.add("blocked").id();
    private final PresenceAudience audience = new PresenceAudience(users, blocks, contacts, new MembershipQuery() {
        @Override
        public List<UserId> members(ConversationId conversationId) {
            return List.of();
        }

        @Override
        public List<ConversationId> conversationsOf(UserId userId) {
            return List.of();
        }

        @Override
        public Set<UserId> peersOf(UserId userId) {
            return Set.of(peer, friend);
        }
    });

    PresenceAudienceTest() {
        contacts.add(alice.id(), friend, AT);
        contacts.add(alice.id(), blockedFriend, AT);
        blocks.add(blockedFriend, alice.id(), AT);
    }

    @Test
    void by_default_only_contacts_not_blocked_either_way_watch() {
        assertThat(audience.watchersOf(alice.id())).containsExactly(friend);
    }

    @Test
    void everyone_adds_the_conversation_peers() {
        visibleTo(Reach.EVERYONE);
        assertThat(audience.watchersOf(alice.id())).containsExactlyInAnyOrder(friend, peer);
    }

    @Test
    void nobody_means_nobody_not_even_contacts() {
        visibleTo(Reach.NOBODY);
        assertThat(audience.watchersOf(alice.id())).isEmpty();
    }

    private void visibleTo(Reach reach) {
        Privacy privacy = alice.privacy();
        users.update(alice.withPrivacy(new Privacy(privacy.whoCanMessage(), privacy.whoCanCall(), reach,
                privacy.shareReadReceipts())));
    }
}
