package dev.parley.application.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallMedia;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link CallRepository} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class CallRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    protected abstract CallRepository repository();

    /** A user that exists in the store (the database has foreign keys). */
    protected abstract UserId newUser();

    private Call ringing(UserId caller, UserId callee, Instant at) {
        return Call.place(new CallId(Ids.newId(at)), caller, callee, CallMedia.VIDEO, at, at.plusSeconds(30));
    }

    @Test
    void stores_and_restores_every_state() {
        UserId ada = newUser();
        UserId bob = newUser();
        Call call = ringing(ada, bob, T0);
        repository().insert(call);
        assertThat(repository().find(call.id()).orElseThrow().state()).isEqualTo(call.state());

        Call active = call.accept(bob, new SessionId(UUID.randomUUID()), T0.plusSeconds(3)).mediaJoined(ada);
        repository().update(active);
        assertThat(repository().find(call.id()).orElseThrow().state()).isEqualTo(active.state());

        Call ended = active.end(bob, T0.plusSeconds(190));
        repository().update(ended);
        Call restored = repository().find(call.id()).orElseThrow();
        assertThat(restored.state()).isEqualTo(ended.state());
        assertThat(restored.media()).isEqualTo(CallMedia.VIDEO);
        assertThat(restored.createdAt()).isEqualTo(T0);
        assertThat(repository().find(new CallId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void nobody_is_in_two_live_calls_on_either_side() {
        UserId ada = newUser();
        UserId bob = newUser();
        UserId cyd = newUser();
        repository().insert(ringing(ada, bob, T0));

        assertBusy(() -> repository().insert(ringing(cyd, bob, T0.plusSeconds(1))));
        assertBusy(() -> repository().insert(ringing(bob, cyd, T0.plusSeconds(1))));
        assertBusy(() -> repository().insert(ringing(cyd, ada, T0.plusSeconds(1))));
    }

    @Test
    void a_finished_call_frees_both_parties() {
        UserId ada = newUser();
        UserId bob = newUser();
        Call call = ringing(ada, bob, T0);
        repository().insert(call);
        repository().update(call.decline(bob, T0.plusSeconds(2)));

        Call next = ringing(bob, ada, T0.plusSeconds(3));
        repository().insert(next);

        assertThat(repository().find(next.id())).isPresent();
    }

    @Test
    void claims_only_ringing_calls_past_their_deadline() {
        Call due = ringing(newUser(), newUser(), T0);
        Call later = ringing(newUser(), newUser(), T0.plusSeconds(20));
        Call answered = ringing(newUser(), newUser(), T0);
        repository().insert(due);
        repository().insert(later);
        repository().insert(answered);
        repository().update(answered.accept(answered.callee(), new SessionId(UUID.randomUUID()), T0.plusSeconds(1)));

        List<Call> claimed = repository().claimDueRinging(T0.plusSeconds(31), 10);

        assertThat(claimed).extracting(Call::id).containsExactly(due.id());
    }

    @Test
    void history_lists_both_sides_newest_first_from_a_cursor() {
        UserId ada = newUser();
        UserId bob = newUser();
        UserId cyd = newUser();
        Call first = ringing(ada, bob, T0);
        repository().insert(first);
        repository().update(first.cancel(ada, T0.plusSeconds(1)));
        Call second = ringing(cyd, ada, T0.plusSeconds(2));
        repository().insert(second);
        repository().update(second.decline(ada, T0.plusSeconds(3)));
        Call third = ringing(ada, cyd, T0.plusSeconds(4));
        repository().insert(third);

        assertThat(repository().history(ada, null, 10)).extracting(Call::id)
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(repository().history(ada, third.id(), 1)).extracting(Call::id).containsExactly(second.id());
        assertThat(repository().history(bob, null, 10)).extracting(Call::id).containsExactly(first.id());
    }

    private static void assertBusy(Runnable insert) {
        assertThatThrownBy(insert::run).isInstanceOfSatisfying(ParleyException.class,
                rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.CALLEE_BUSY));
    }
}
