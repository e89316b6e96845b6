package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestDirection;
import dev.parley.domain.people.ContactRequestId;
import dev.parley.domain.people.ContactRequestStatus;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** What every {@link ContactRequestRepository} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class ContactRequestRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    protected abstract ContactRequestRepository requests();

    protected abstract UserRepository users();

    private UserId newUser() {
        return ContractUsers.register(users());
    }

    private static ContactRequest request(UserId from, UserId to, Instant at) {
        return ContactRequest.create(new ContactRequestId(Ids.newId(at)), from, to, "hi", at);
    }

    @Test
    void stores_a_request_and_finds_it_pending_only_in_its_direction() {
        UserId ann = newUser();
        UserId bob = newUser();
        ContactRequest sent = request(ann, bob, T0);

        requests().insert(sent);

        assertThat(requests().find(sent.id())).contains(sent);
        assertThat(requests().findPending(ann, bob)).contains(sent);
        assertThat(requests().findPending(bob, ann)).isEmpty();
        assertThat(requests().find(new ContactRequestId(Ids.newId(T0)))).isEmpty();
    }

    @Test
    void refuses_a_second_pending_request_in_the_same_direction_but_not_the_other() {
        UserId ann = newUser();
        UserId bob = newUser();
        ContactRequest first = request(ann, bob, T0);
        requests().insert(first);
        ContactRequest twin = request(ann, bob, T0.plusSeconds(1));

        assertThatThrownBy(() -> requests().insert(twin)).isInstanceOfSatisfying(ParleyException.class,
                refused -> assertThat(refused.code()).isEqualTo(ErrorCode.ALREADY_EXISTS));
        assertThat(requests().find(twin.id())).isEmpty();

        requests().insert(request(bob, ann, T0.plusSeconds(2)));
        assertThat(requests().findPending(bob, ann)).isPresent();
    }

    @Test
    void an_answered_request_is_no_longer_pending_and_makes_room_for_a_new_one() {
        UserId ann = newUser();
        UserId bob = newUser();
        ContactRequest first = request(ann, bob, T0);
        requests().insert(first);

        ContactRequest declined = first.decline(bob, T0.plusSeconds(30));
        requests().update(declined);

        assertThat(requests().find(first.id())).contains(declined);
        assertThat(requests().findPending(ann, bob)).isEmpty();
        assertThat(requests().countPendingFrom(ann)).isZero();
        ContactRequest again = request(ann, bob, T0.plusSeconds(60));
        requests().insert(again);
        assertThat(requests().findPending(ann, bob)).contains(again);
    }

    @Test
    void counts_only_the_pending_requests_a_user_sent() {
        UserId ann = newUser();
        UserId bob = newUser();
        UserId cid = newUser();
        requests().insert(request(ann, bob, T0));
        ContactRequest toCid = request(ann, cid, T0.plusSeconds(1));
        requests().insert(toCid);
        requests().insert(request(bob, ann, T0.plusSeconds(2)));
        requests().update(toCid.cancel(ann, T0.plusSeconds(3)));

        assertThat(requests().countPendingFrom(ann)).isEqualTo(1);
        assertThat(requests().countPendingFrom(cid)).isZero();
    }

    @Test
    void lists_pending_requests_per_side_newest_first_in_keyset_pages() {
        UserId ann = newUser();
        List<ContactRequest> incoming = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ContactRequest request = request(newUser(), ann, T0.plusSeconds(i));
            requests().insert(request);
            incoming.add(request);
        }
        ContactRequest outgoing = request(ann, newUser(), T0.plusSeconds(10));
        requests().insert(outgoing);
        ContactRequest answered = incoming.remove(2);
        requests().update(answered.accept(ann, T0.plusSeconds(20)));

        List<ContactRequest> seen = KeysetPages.walk(
                (ContactRequestId before, Integer size) ->
                        requests().listPending(ann, ContactRequestDirection.INCOMING, before, size),
                ContactRequest::id, 2);
        assertThat(seen).containsExactlyElementsOf(incoming.reversed());
        assertThat(requests().listPending(ann, ContactRequestDirection.OUTGOING, null, 10)).containsExactly(outgoing);
        assertThat(requests().listPending(outgoing.to(), ContactRequestDirection.INCOMING, null, 10))
                .containsExactly(outgoing);
    }

    @Test
    void cancels_whatever_is_pending_between_two_users_in_either_direction_and_nothing_else() {
        UserId ann = newUser();
        UserId bob = newUser();
        UserId cid = newUser();
        ContactRequest annToBob = request(ann, bob, T0);
        ContactRequest bobToAnn = request(bob, ann, T0.plusSeconds(1));
        ContactRequest annToCid = request(ann, cid, T0.plusSeconds(2));
        List.of(annToBob, bobToAnn, annToCid).forEach(requests()::insert);

        requests().cancelPendingBetween(bob, ann, T0.plusSeconds(9));

        for (ContactRequest cancelled : List.of(annToBob, bobToAnn)) {
            ContactRequest stored = requests().find(cancelled.id()).orElseThrow();
            assertThat(stored.status()).isEqualTo(ContactRequestStatus.CANCELLED);
            assertThat(stored.respondedAt()).isEqualTo(T0.plusSeconds(9));
        }
        assertThat(requests().find(annToCid.id())).contains(annToCid);
    }

    @Test
    void deletes_every_request_sent_or_received_by_a_user_and_no_other() {
        UserId gone = newUser();
        UserId ann = newUser();
        UserId bob = newUser();
        ContactRequest sent = request(gone, ann, T0);
        ContactRequest received = request(bob, gone, T0.plusSeconds(1));
        ContactRequest unrelated = request(ann, bob, T0.plusSeconds(2));
        List.of(sent, received, unrelated).forEach(requests()::insert);

        requests().deleteAllInvolving(gone);

        assertThat(requests().find(sent.id())).isEmpty();
        assertThat(requests().find(received.id())).isEmpty();
        assertThat(requests().find(unrelated.id())).contains(unrelated);
    }

    @Test
    void of_concurrent_requests_in_one_direction_exactly_one_is_stored() {
        UserId ann = newUser();
        UserId bob = newUser();

        List<String> outcomes = Concurrently.run(6, () -> {
            try {
                requests().insert(request(ann, bob, T0));
                return "stored";
            } catch (ParleyException refused) {
                return Objects.toString(refused.code());
            }
        });

        assertThat(outcomes).containsOnlyOnce("stored").hasSize(6);
        assertThat(outcomes).filteredOn(outcome -> !outcome.equals("stored"))
                .containsOnly(ErrorCode.ALREADY_EXISTS.toString());
        assertThat(requests().countPendingFrom(ann)).isEqualTo(1);
    }
}
