package dev.parley.application.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallEvent;
import dev.parley.domain.call.CallMedia;
import dev.parley.domain.call.CallStatus;
import dev.parley.domain.call.in.PlaceCallUseCase;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The call use cases with in-memory fakes: policy, timeouts, announcements and media rooms. */
class CallServicesTest {
    private final CallFixture fixture = new CallFixture();
    private final Principal ada = fixture.user();
    private final Principal bob = fixture.user();

    private Call place() {
        return fixture.placing().place(ada, new PlaceCallUseCase.Command(bob.userId(), CallMedia.AUDIO));
    }

    private static ReachabilityCheck refusing(ErrorCode code) {
        return new ReachabilityCheck() {
            public void require(UserId from, UserId to, Channel channel) {
                throw new ParleyException(code, "no");
            }

            public boolean allows(UserId from, UserId to, Channel channel) {
                return false;
            }
        };
    }

    @Test
    void a_caller_the_policy_refuses_rings_nobody_and_stores_nothing() {
        for (ErrorCode refusal : new ErrorCode[] {ErrorCode.PRIVACY_RESTRICTED, ErrorCode.BLOCKED}) {
            fixture.reachability = refusing(refusal);

            assertThatThrownBy(this::place).isInstanceOfSatisfying(ParleyException.class,
                    rejected -> assertThat(rejected.code()).isEqualTo(refusal));
        }
        assertThat(fixture.calls.all()).isEmpty();
        assertThat(fixture.events).isEmpty();
    }

    @Test
    void calling_someone_who_does_not_exist_is_not_found() {
        assertThatThrownBy(() -> fixture.placing().place(ada,
                new PlaceCallUseCase.Command(new UserId(java.util.UUID.randomUUID()), CallMedia.VIDEO)))
                .isInstanceOfSatisfying(ParleyException.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void a_call_found_past_its_deadline_is_missed_before_anyone_can_answer_it() {
        Call call = place();
        fixture.now = fixture.now.plus(Duration.ofSeconds(31));
        AcceptCallService accepting = new AcceptCallService(fixture.transitions, fixture.grants, fixture.clock);

        assertThatThrownBy(() -> accepting.accept(bob, call.id())).isInstanceOfSatisfying(ParleyException.class,
                rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.CALL_ENDED));
        assertThat(fixture.calls.find(call.id()).orElseThrow().status()).isEqualTo(CallStatus.MISSED);
        assertThat(fixture.events).extracting(CallEvent::type).containsExactly("call.incoming", "call.missed");
        assertThat(fixture.notices).hasSize(1);
    }

    @Test
    void the_sweeper_misses_only_due_calls_and_each_once() {
        Call due = place();
        fixture.now = fixture.now.plus(Duration.ofSeconds(20));
        Principal cyd = fixture.user();
        Principal dan = fixture.user();
        Call notYet = fixture.placing().place(cyd, new PlaceCallUseCase.Command(dan.userId(), CallMedia.VIDEO));
        fixture.now = fixture.now.plus(Duration.ofSeconds(15));
        RingTimeoutService sweeper = new RingTimeoutService(fixture.calls, fixture.transitions, fixture.transactions,
                fixture.clock);

        assertThat(sweeper.sweepDue(10)).isEqualTo(1);
        assertThat(sweeper.sweepDue(10)).isZero();

        assertThat(fixture.calls.find(due.id()).orElseThrow().status()).isEqualTo(CallStatus.MISSED);
        assertThat(fixture.calls.find(notYet.id()).orElseThrow().status()).isEqualTo(CallStatus.RINGING);
        assertThat(fixture.events).filteredOn(event -> event.type().equals("call.missed")).hasSize(1);
        assertThat(fixture.closedRooms).isEmpty();
    }

    @Test
    void answering_opens_the_room_and_ending_closes_it_with_a_notice() {
        Call call = place();
        var accepted = new AcceptCallService(fixture.transitions, fixture.grants, fixture.clock).accept(bob, call.id());
        fixture.now = fixture.now.plus(Duration.ofMinutes(3));

        Call ended = new HangUpService(fixture.transitions, fixture.clock).end(ada, call.id());

        assertThat(accepted.grant().token()).isEqualTo("token-" + bob.userId());
        assertThat(fixture.openedRooms).containsExactly(call.room());
        assertThat(fixture.closedRooms).containsExactly(call.room());
        assertThat(fixture.notices).containsExactly(ended);
        assertThat(fixture.events).extracting(CallEvent::type).containsExactly("call.incoming", "call.accepted",
                "call.answered_elsewhere", "call.ended");
    }
}
