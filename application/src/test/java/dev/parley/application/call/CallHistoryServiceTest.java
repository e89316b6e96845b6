package dev.parley.application.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallMedia;
import dev.parley.domain.call.in.CallHistoryUseCase.Entry;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.Page;
import dev.parley.inmemory.account.InMemoryUserRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallHistoryServiceTest {
    private final CallFixture fixture = new CallFixture();
    private final CountingUsers users = new CountingUsers(fixture.users);
    private final CallHistoryService history = new CallHistoryService(fixture.calls, users);

    @Test
    void a_page_loads_all_its_peers_in_one_query_whatever_the_number_of_calls() {
        Principal ada = fixture.user();
        Principal bob = fixture.user();
        Principal cyd = fixture.user();
        Instant at = fixture.now;
        for (int i = 0; i < 6; i++) {
            Principal peer = i % 2 == 0 ? bob : cyd;
            Instant placed = at.plusSeconds(i);
            Call call = i % 3 == 0
                    ? Call.place(new CallId(Ids.newId(placed)), peer.userId(), ada.userId(), CallMedia.AUDIO, placed, placed.plusSeconds(30))
                    : Call.place(new CallId(Ids.newId(placed)), ada.userId(), peer.userId(), CallMedia.AUDIO, placed, placed.plusSeconds(30));
            fixture.calls.insert(call.miss(placed.plusSeconds(30)));
        }

        Page<Entry> page = history.history(ada, 5, null);

        assertThat(page.items()).hasSize(5);
        assertThat(users.findAllCalls).isEqualTo(1);
        assertThat(users.findByIdCalls).isZero();
        assertThat(page.items()).extracting(entry -> entry.peer().id()).containsOnly(bob.userId(), cyd.userId());
    }

    @Test
    void an_empty_history_asks_for_no_users() {
        Principal ada = fixture.user();

        assertThat(history.history(ada, 10, null).items()).isEmpty();
        assertThat(users.findAllCalls).isZero();
    }

    /** Counts look-ups on the shared in-memory users. */
    private static final class CountingUsers extends InMemoryUserRepository {
        private final InMemoryUserRepository delegate;
        int findAllCalls;
        int findByIdCalls;

        CountingUsers(InMemoryUserRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public synchronized List<User> findAllById(Collection<UserId> ids) {
            findAllCalls++;
            return delegate.findAllById(ids);
        }

        @Override
        public synchronized Optional<User> findById(UserId id) {
            findByIdCalls++;
            return delegate.findById(id);
        }
    }
}
