package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Email;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.UserSearch;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * User search: username or folded display-name prefix, wild cards taken literally, without deleted users or blocks
 * either way, ordered by username. Each test tags its users, so a store shared between tests does not matter.
 */
public abstract class UserSearchContract {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    protected abstract UserRepository users();

    protected abstract UserSearch search();

    protected abstract BlockRepository blocks();

    @Test
    void finds_by_folded_display_name_prefix_and_by_username_prefix() {
        String tag = tag();
        User zoe = user("zq_" + tag, "Zoë Quartz " + tag);
        User caller = user("caller_" + tag, "Caller");

        assertThat(names(search().search(caller.id(), "zoe quartz " + tag, 20))).containsExactly(zoe.username().value());
        assertThat(names(search().search(caller.id(), "zq_" + tag, 20))).containsExactly(zoe.username().value());
    }

    @Test
    void treats_like_wild_cards_in_the_query_literally() {
        String tag = tag();
        User caller = user("wild_" + tag, "Wild");
        user("abcxdef" + tag, "Plain");

        assertThat(search().search(caller.id(), "abc_def" + tag, 20)).isEmpty();
        assertThat(search().search(caller.id(), "%" + tag, 20)).isEmpty();
    }

    @Test
    void leaves_out_deleted_users_and_blocks_in_either_direction() {
        String tag = "ex" + tag();
        User caller = user(tag + "_caller", "Excluder");
        User blockedByCaller = user(tag + "_blocked", "B");
        User blockerOfCaller = user(tag + "_blocker", "C");
        User deleted = user(tag + "_deleted", "D");
        User visible = user(tag + "_visible", "E");
        blocks().add(caller.id(), blockedByCaller.id(), NOW);
        blocks().add(blockerOfCaller.id(), caller.id(), NOW);
        users().update(deleted.anonymised(NOW));

        assertThat(names(search().search(caller.id(), tag, 20)))
                .containsExactly(tag + "_caller", visible.username().value());
    }

    @Test
    void returns_at_most_the_limit_in_username_order() {
        String tag = "lim" + tag();
        User caller = user(tag + "_c", "Caller");
        user(tag + "_b", "B");
        user(tag + "_a", "A");

        assertThat(names(search().search(caller.id(), tag, 2))).containsExactly(tag + "_a", tag + "_b");
    }

    private User user(String username, String displayName) {
        User user = User.register(new UserId(UUID.randomUUID()), new Email(username + "@example.com"),
                new Username(username), new DisplayName(displayName), "hash", NOW);
        users().insert(user);
        return user;
    }

    private static List<String> names(List<User> found) {
        return found.stream().map(user -> user.username().value()).toList();
    }

    /** Letters and digits only, short enough that every username stays within 32 characters. */
    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
