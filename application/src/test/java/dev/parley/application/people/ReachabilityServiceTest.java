package dev.parley.application.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Email;
import dev.parley.domain.account.Privacy;
import dev.parley.domain.account.Reach;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.people.ReachabilityCheck.Channel;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.people.InMemoryBlockRepository;
import dev.parley.inmemory.people.InMemoryContactRepository;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReachabilityServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryBlockRepository blocks = new InMemoryBlockRepository();
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final ReachabilityService reachability = new ReachabilityService(users, blocks, contacts);

    @Test
    void a_block_by_either_side_answers_blocked() {
        User alice = user(Privacy.DEFAULTS);
        User bob = user(Privacy.DEFAULTS);
        blocks.add(bob.id(), alice.id(), NOW);

        assertDenied(alice, bob, Channel.MESSAGE, ErrorCode.BLOCKED);
        assertDenied(bob, alice, Channel.CALL, ErrorCode.BLOCKED);
        assertDenied(alice, bob, Channel.CONTACT_REQUEST, ErrorCode.BLOCKED);
        assertThat(reachability.allows(bob.id(), alice.id(), Channel.PRESENCE)).isFalse();
    }

    @Test
    void contacts_only_settings_let_contacts_in_and_keep_strangers_out() {
        User target = user(new Privacy(Reach.CONTACTS, Reach.CONTACTS, Reach.CONTACTS, true));
        User contact = user(Privacy.DEFAULTS);
        User stranger = user(Privacy.DEFAULTS);
        contacts.add(contact.id(), target.id(), NOW);

        reachability.require(contact.id(), target.id(), Channel.MESSAGE);
        reachability.require(contact.id(), target.id(), Channel.ADD_TO_GROUP);
        assertThat(reachability.allows(contact.id(), target.id(), Channel.PRESENCE)).isTrue();
        assertDenied(stranger, target, Channel.MESSAGE, ErrorCode.PRIVACY_RESTRICTED);
        assertDenied(stranger, target, Channel.ADD_TO_GROUP, ErrorCode.PRIVACY_RESTRICTED);
        assertDenied(stranger, target, Channel.CALL, ErrorCode.PRIVACY_RESTRICTED);
        reachability.require(stranger.id(), target.id(), Channel.CONTACT_REQUEST);
    }

    @Test
    void the_decision_uses_the_target_settings_not_the_caller_settings() {
        User closed = user(new Privacy(Reach.NOBODY, Reach.NOBODY, Reach.NOBODY, true));
        User open = user(new Privacy(Reach.EVERYONE, Reach.EVERYONE, Reach.EVERYONE, true));

        assertThat(reachability.allows(closed.id(), open.id(), Channel.MESSAGE)).isTrue();
        assertThat(reachability.allows(open.id(), closed.id(), Channel.MESSAGE)).isFalse();
    }

    @Test
    void deleted_and_unknown_users_cannot_be_reached_but_yourself_always_can() {
        User caller = user(Privacy.DEFAULTS);
        User deleted = user(Privacy.DEFAULTS);
        users.update(deleted.anonymised(NOW));

        assertDenied(caller, deleted, Channel.MESSAGE, ErrorCode.PRIVACY_RESTRICTED);
        assertThat(reachability.allows(caller.id(), new UserId(Ids.newId(NOW)), Channel.CALL)).isFalse();
        for (Channel channel : Channel.values()) {
            assertThat(reachability.allows(caller.id(), caller.id(), channel)).isTrue();
        }
    }

    private void assertDenied(User from, User to, Channel channel, ErrorCode code) {
        assertThat(reachability.allows(from.id(), to.id(), channel)).isFalse();
        assertThatThrownBy(() -> reachability.require(from.id(), to.id(), channel))
                .isInstanceOfSatisfying(ParleyException.class, rejected -> assertThat(rejected.code()).isEqualTo(code));
    }

    private User user(Privacy privacy) {
        String name = "user" + SEQUENCE.incrementAndGet();
        User user = User.register(new UserId(Ids.newId(NOW)), new Email(name + "@example.com"), new Username(name),
                new DisplayName(name), "hash", NOW).withPrivacy(privacy);
        users.insert(user);
        return user;
    }
}
