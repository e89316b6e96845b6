package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.inmemory.shared.UuidOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link BlockRepository} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class BlockRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    protected abstract BlockRepository blocks();

    protected abstract UserRepository users();

    private UserId newUser() {
        return ContractUsers.register(users());
    }

    @Test
    void a_block_is_added_once_and_seen_from_both_sides_only_between_the_two() {
        UserId ann = newUser();
        UserId bob = newUser();
        UserId cid = newUser();

        assertThat(blocks().add(ann, bob, T0)).isTrue();
        assertThat(blocks().add(ann, bob, T0.plusSeconds(5))).isFalse();

        assertThat(blocks().blockedEitherWay(ann, bob)).isTrue();
        assertThat(blocks().blockedEitherWay(bob, ann)).isTrue();
        assertThat(blocks().blockedEitherWay(ann, cid)).isFalse();
        assertThat(blocks().blockedEitherWay(cid, bob)).isFalse();
    }

    @Test
    void blocking_back_is_a_second_block_that_survives_the_first_ones_removal() {
        UserId ann = newUser();
        UserId bob = newUser();
        blocks().add(ann, bob, T0);

        assertThat(blocks().add(bob, ann, T0)).isTrue();
        assertThat(blocks().remove(ann, bob)).isTrue();

        assertThat(blocks().blockedEitherWay(ann, bob)).isTrue();
        assertThat(blocks().remove(bob, ann)).isTrue();
        assertThat(blocks().blockedEitherWay(ann, bob)).isFalse();
    }

    @Test
    void removing_reports_whether_there_was_a_block_and_only_the_blocker_side_counts() {
        UserId ann = newUser();
        UserId bob = newUser();
        blocks().add(ann, bob, T0);

        assertThat(blocks().remove(bob, ann)).isFalse();
        assertThat(blocks().blockedEitherWay(ann, bob)).isTrue();
        assertThat(blocks().remove(ann, bob)).isTrue();
        assertThat(blocks().remove(ann, bob)).isFalse();
    }

    @Test
    void lists_the_blocked_users_by_id_in_keyset_pages_with_when_they_were_blocked() {
        UserId ann = newUser();
        List<UserId> blocked = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            UserId other = newUser();
            blocks().add(ann, other, T0.plusSeconds(i));
            blocked.add(other);
        }
        UserId stranger = newUser();
        blocks().add(stranger, blocked.get(0), T0);
        blocks().add(blocked.get(1), ann, T0);

        List<UserId> expected = blocked.stream()
                .sorted(Comparator.comparing(UserId::value, UuidOrder.UNSIGNED)).toList();
        List<UserId> seen = KeysetPages.walk((UserId after, Integer size) -> blocks().list(ann, after, size),
                (RelatedUser related) -> related.user().id(), 3).stream().map(related -> related.user().id()).toList();
        assertThat(seen).containsExactlyElementsOf(expected);

        RelatedUser first = blocks().list(ann, null, 1).getFirst();
        assertThat(first.since()).isEqualTo(T0.plusSeconds(blocked.indexOf(first.user().id())));
        assertThat(users().findById(first.user().id())).contains(first.user());
    }

    @Test
    void lists_nothing_for_someone_who_blocked_nobody() {
        assertThat(blocks().list(newUser(), null, 10)).isEmpty();
    }

    @Test
    void removes_every_block_made_by_or_against_a_user_and_no_other() {
        UserId gone = newUser();
        UserId ann = newUser();
        UserId bob = newUser();
        blocks().add(gone, ann, T0);
        blocks().add(bob, gone, T0);
        blocks().add(ann, bob, T0);

        blocks().removeAllInvolving(gone);

        assertThat(blocks().blockedEitherWay(gone, ann)).isFalse();
        assertThat(blocks().blockedEitherWay(gone, bob)).isFalse();
        assertThat(blocks().blockedEitherWay(ann, bob)).isTrue();
        assertThat(blocks().list(gone, null, 10)).isEmpty();
    }

    @Test
    void concurrent_blocks_of_the_same_pair_report_exactly_one_success() {
        UserId ann = newUser();
        UserId bob = newUser();

        List<Boolean> added = Concurrently.run(8, () -> blocks().add(ann, bob, T0));

        assertThat(added).containsOnlyOnce(true);
    }
}
