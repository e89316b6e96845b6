package dev.parley.application.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Email;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.people.ContactRemoved;
import dev.parley.domain.people.ContactRequestAccepted;
import dev.parley.domain.people.ContactRequestDeclined;
import dev.parley.domain.people.ContactRequestReceived;
import dev.parley.domain.people.PeopleEvent;
import dev.parley.domain.people.UserBlocked;
import dev.parley.domain.people.in.ContactRequestsUseCase.BecameContacts;
import dev.parley.domain.people.in.ContactRequestsUseCase.Requested;
import dev.parley.domain.people.in.ContactRequestsUseCase.SendCommand;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.people.InMemoryBlockRepository;
import dev.parley.inmemory.people.InMemoryContactRepository;
import dev.parley.inmemory.people.InMemoryContactRequestRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Contact requests and blocks against in-memory fakes: outcomes and the events each publishes. */
class ContactRequestServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryBlockRepository blocks = new InMemoryBlockRepository();
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryContactRequestRepository requests = new InMemoryContactRequestRepository();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ContactRequestService service = new ContactRequestService(requests, contacts, users,
            new ReachabilityService(users, blocks, contacts), new PeopleSettings(2, Duration.ofSeconds(60)),
            transactions, events::add, clock);
    private final BlockService blockService = new BlockService(blocks, contacts, requests, users, transactions,
            events::add, clock);

    @Test
    void sending_announces_the_request_to_both_sides() {
        User alice = user();
        User bob = user();

        var result = service.send(alice.id(), new SendCommand(bob.id().toString(), null, "hi"));

        assertThat(result).isInstanceOf(Requested.class);
        assertThat(events).singleElement().isInstanceOfSatisfying(ContactRequestReceived.class, event -> {
            assertThat(event.type()).isEqualTo("contact.request.received");
            assertThat(event.audience()).containsExactlyInAnyOrder(alice.id(), bob.id());
        });
    }

    @Test
    void a_mutual_request_accepts_the_existing_one_and_announces_acceptance() {
        User alice = user();
        User bob = user();
        var first = service.send(alice.id(), new SendCommand(null, bob.username().value(), null));

        var second = service.send(bob.id(), new SendCommand(alice.id().toString(), null, null));

        assertThat(second).isInstanceOf(BecameContacts.class);
        assertThat(second.request().id()).isEqualTo(first.request().id());
        assertThat(contacts.areContacts(alice.id(), bob.id())).isTrue();
        assertThat(events.getLast()).isInstanceOf(ContactRequestAccepted.class);
    }

    @Test
    void declining_announces_the_decline_and_makes_no_contact() {
        User alice = user();
        User bob = user();
        var sent = service.send(alice.id(), new SendCommand(bob.id().toString(), null, null));

        service.decline(bob.id(), sent.request().id());

        assertThat(events.getLast()).isInstanceOfSatisfying(ContactRequestDeclined.class,
                event -> assertThat(event.type()).isEqualTo("contact.request.declined"));
        assertThat(contacts.areContacts(alice.id(), bob.id())).isFalse();
    }

    @Test
    void the_pending_cap_answers_rate_limited_with_a_retry_delay() {
        User alice = user();
        service.send(alice.id(), new SendCommand(user().id().toString(), null, null));
        service.send(alice.id(), new SendCommand(user().id().toString(), null, null));

        assertThatThrownBy(() -> service.send(alice.id(), new SendCommand(user().id().toString(), null, null)))
                .isInstanceOfSatisfying(ParleyException.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(rejected.retryAfter()).contains(Duration.ofSeconds(60));
                });
    }

    @Test
    void blocking_a_contact_tells_only_the_blocker_about_the_block_and_both_about_the_removal() {
        User alice = user();
        User bob = user();
        contacts.add(alice.id(), bob.id(), NOW);

        blockService.block(alice.id(), bob.id());

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(UserBlocked.class,
                event -> assertThat(event.audience()).containsExactly(alice.id()));
        assertThat(events.get(1)).isInstanceOfSatisfying(ContactRemoved.class,
                event -> assertThat(event.audience()).containsExactlyInAnyOrder(alice.id(), bob.id()));
        assertThatThrownBy(() -> service.send(bob.id(), new SendCommand(alice.id().toString(), null, null)))
                .isInstanceOfSatisfying(ParleyException.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.BLOCKED));
        assertThat(events).allMatch(event -> event instanceof PeopleEvent people
                && !Set.of().equals(people.audience()));
    }

    private User user() {
        String name = "person" + SEQUENCE.incrementAndGet();
        User user = User.register(new UserId(Ids.newId(NOW)), new Email(name + "@example.com"), new Username(name),
                new DisplayName(name), "hash", NOW);
        users.insert(user);
        return user;
    }
}
