package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.inmemory.shared.UuidOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ContactRepository} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class ContactRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    protected abstract ContactRepository contacts();

    protected abstract UserRepository users();

    private UserId newUser() {
        return ContractUsers.register(users());
    }

    @Test
    void a_contact_is_symmetric_and_only_between_the_two() {
        UserId ann = newUser();
        UserId bob = newUser();
        UserId cid = newUser();

        contacts().add(ann, bob, T0);

        assertThat(contacts().areContacts(ann, bob)).isTrue();
        assertThat(contacts().areContacts(bob, ann)).isTrue();
        assertThat(contacts().areContacts(ann, cid)).isFalse();
        assertThat(contacts().list(bob, null, 10)).extracting(related -> related.user().id()).containsExactly(ann);
    }

    @Test
    void adding_again_keeps_one_contact_with_its_first_date() {
        UserId ann = newUser();
        UserId bob = newUser();
        contacts().add(ann, bob, T0);

        contacts().add(bob, ann, T0.plusSeconds(60));

        assertThat(contacts().list(ann, null, 10)).containsExactly(
                new RelatedUser(users().findById(bob).orElseThrow(), T0));
    }

    @Test
    void removing_from_either_side_ends_it_for_both_and_reports_whether_it_existed() {
        UserId ann = newUser();
        UserId bob = newUser();
        contacts().add(ann, bob, T0);

        assertThat(contacts().remove(bob, ann)).isTrue();

        assertThat(contacts().areContacts(ann, bob)).isFalse();
        assertThat(contacts().areContacts(bob, ann)).isFalse();
        assertThat(contacts().remove(ann, bob)).isFalse();
        assertThat(contacts().list(ann, null, 10)).isEmpty();
    }

    @Test
    void lists_contacts_by_id_in_keyset_pages() {
        UserId ann = newUser();
        List<UserId> friends = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            UserId friend = newUser();
            contacts().add(i % 2 == 0 ? ann : friend, i % 2 == 0 ? friend : ann, T0.plusSeconds(i));
            friends.add(friend);
        }
        contacts().add(friends.get(0), friends.get(1), T0);

        List<UserId> seen = KeysetPages.walk((UserId after, Integer size) -> contacts().list(ann, after, size),
                (RelatedUser related) -> related.user().id(), 3).stream().map(related -> related.user().id()).toList();
        assertThat(seen).containsExactlyElementsOf(
                friends.stream().sorted(Comparator.comparing(UserId::value, UuidOrder.UNSIGNED)).toList());
        RelatedUser first = contacts().list(ann, null, 1).getFirst();
        assertThat(first.since()).isEqualTo(T0.plusSeconds(friends.indexOf(first.user().id())));
    }

    @Test
    void removing_all_of_a_users_contacts_returns_each_other_user_once_and_spares_the_rest() {
        UserId gone = newUser();
        UserId ann = newUser();
        UserId bob = newUser();
        contacts().add(gone, ann, T0);
        contacts().add(bob, gone, T0);
        contacts().add(ann, bob, T0);

        List<UserId> removed = contacts().removeAll(gone);

        assertThat(removed).containsExactlyInAnyOrder(ann, bob);
        assertThat(contacts().areContacts(gone, ann)).isFalse();
        assertThat(contacts().areContacts(bob, gone)).isFalse();
        assertThat(contacts().areContacts(ann, bob)).isTrue();
        assertThat(contacts().removeAll(gone)).isEmpty();
    }

    @Test
    void concurrent_adds_of_the_same_pair_leave_one_contact() {
        UserId ann = newUser();
        UserId bob = newUser();

        Concurrently.run(8, () -> {
            contacts().add(ann, bob, T0);
            return null;
        });

        assertThat(contacts().list(ann, null, 10)).hasSize(1);
        assertThat(contacts().list(bob, null, 10)).hasSize(1);
    }
}
