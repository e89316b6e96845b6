package dev.parley.domain.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every action from every state: the one legal move per pair, and the exact rejection for all others. */
class CallStateMachineTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant DEADLINE = T0.plusSeconds(30);
    private static final Instant SOON = T0.plusSeconds(5);
    private static final Instant LATE = DEADLINE.plusSeconds(1);
    private static final UserId CALLER = new UserId(UUID.randomUUID());
    private static final UserId CALLEE = new UserId(UUID.randomUUID());
    private static final UserId STRANGER = new UserId(UUID.randomUUID());
    private static final SessionId DEVICE = new SessionId(UUID.randomUUID());

    /** Each starting state, and the moment the action happens. */
    private record Start(Call call, Instant at) {
    }

    private static Map<String, Start> starts() {
        Call ringing = Call.place(new CallId(UUID.randomUUID()), CALLER, CALLEE, CallMedia.VIDEO, T0, DEADLINE);
        Call active = ringing.accept(CALLEE, DEVICE, SOON);
        Map<String, Start> starts = new LinkedHashMap<>();
        starts.put("ringing", new Start(ringing, SOON));
        starts.put("ringing past deadline", new Start(ringing, LATE));
        starts.put("active", new Start(active, SOON.plusSeconds(60)));
        starts.put("declined", new Start(ringing.decline(CALLEE, SOON), LATE));
        starts.put("cancelled", new Start(ringing.cancel(CALLER, SOON), LATE));
        starts.put("missed", new Start(ringing.miss(LATE), LATE));
        starts.put("ended", new Start(active.end(CALLER, SOON.plusSeconds(60)), LATE.plusSeconds(60)));
        return starts;
    }

    private static Map<String, Function<Start, Call>> actions() {
        Map<String, Function<Start, Call>> actions = new LinkedHashMap<>();
        actions.put("accept", start -> start.call().accept(CALLEE, DEVICE, start.at()));
        actions.put("decline", start -> start.call().decline(CALLEE, start.at()));
        actions.put("cancel", start -> start.call().cancel(CALLER, start.at()));
        actions.put("end by caller", start -> start.call().end(CALLER, start.at()));
        actions.put("end by callee", start -> start.call().end(CALLEE, start.at()));
        actions.put("miss", start -> start.call().miss(start.at()));
        actions.put("join", start -> {
            start.call().requireJoinable(CALLER);
            return start.call();
        });
        return actions;
    }

    /** Expected outcome per state and action: a status reached, or an error code. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("ringing/accept", "active"), Map.entry("ringing/decline", "declined"),
            Map.entry("ringing/cancel", "cancelled"), Map.entry("ringing/end by caller", "conflict"),
            Map.entry("ringing/end by callee", "conflict"), Map.entry("ringing/miss", "conflict"),
            Map.entry("ringing/join", "conflict"),
            Map.entry("ringing past deadline/accept", "call_ended"),
            Map.entry("ringing past deadline/decline", "call_ended"),
            Map.entry("ringing past deadline/cancel", "call_ended"),
            Map.entry("ringing past deadline/end by caller", "conflict"),
            Map.entry("ringing past deadline/end by callee", "conflict"),
            Map.entry("ringing past deadline/miss", "missed"),
            Map.entry("ringing past deadline/join", "conflict"),
            Map.entry("active/accept", "conflict"), Map.entry("active/decline", "conflict"),
            Map.entry("active/cancel", "conflict"), Map.entry("active/end by caller", "ended"),
            Map.entry("active/end by callee", "ended"), Map.entry("active/miss", "conflict"),
            Map.entry("active/join", "active"));

    private static String expected(String state, String action) {
        String key = state + "/" + action;
        if (EXPECTED.containsKey(key)) {
            return EXPECTED.get(key);
        }
        // every finished state: nothing moves any more; the sweeper's miss is a plain conflict
        return action.equals("miss") ? "conflict" : "call_ended";
    }

    @Test
    void every_action_from_every_state_has_exactly_the_specified_outcome() {
        Map<String, String> actual = new LinkedHashMap<>();
        Map<String, String> wanted = new LinkedHashMap<>();
        starts().forEach((state, start) -> actions().forEach((action, move) -> {
            wanted.put(state + "/" + action, expected(state, action));
            actual.put(state + "/" + action, outcome(() -> move.apply(start)));
        }));

        assertThat(actual).containsExactlyEntriesOf(wanted);
    }

    @Test
    void strangers_cannot_learn_that_a_call_exists() {
        starts().forEach((state, start) -> {
            Call call = start.call();
            assertThat(outcome(() -> call.accept(STRANGER, DEVICE, start.at()))).as(state).isEqualTo("not_found");
            assertThat(outcome(() -> call.decline(STRANGER, start.at()))).as(state).isEqualTo("not_found");
            assertThat(outcome(() -> call.cancel(STRANGER, start.at()))).as(state).isEqualTo("not_found");
            assertThat(outcome(() -> call.end(STRANGER, start.at()))).as(state).isEqualTo("not_found");
            assertThat(outcome(() -> {
                call.requireJoinable(STRANGER);
                return call;
            })).as(state).isEqualTo("not_found");
        });
    }

    @Test
    void each_party_may_only_do_its_own_part() {
        Call ringing = starts().get("ringing").call();

        assertThat(outcome(() -> ringing.accept(CALLER, DEVICE, SOON))).isEqualTo("forbidden");
        assertThat(outcome(() -> ringing.decline(CALLER, SOON))).isEqualTo("forbidden");
        assertThat(outcome(() -> ringing.cancel(CALLEE, SOON))).isEqualTo("forbidden");
    }

    @Test
    void accepting_records_the_answering_device_and_time() {
        Call active = starts().get("ringing").call().accept(CALLEE, DEVICE, SOON);

        assertThat(active.state()).isEqualTo(new Active(SOON, DEVICE, MediaPresence.NOBODY));
    }

    @Test
    void ending_records_who_hung_up_and_the_duration() {
        Call active = starts().get("ringing").call().accept(CALLEE, DEVICE, SOON);

        Call ended = active.end(CALLEE, SOON.plus(Duration.ofSeconds(185)).plusMillis(900));

        Ended state = (Ended) ended.state();
        assertThat(state.endedBy()).isEqualTo(CALLEE);
        assertThat(state.reason()).isEqualTo(EndReason.HANGUP);
        assertThat(state.durationSeconds()).isEqualTo(185);
    }

    @Test
    void an_ended_state_cannot_claim_a_hang_up_without_who_or_an_unanswered_reason() {
        assertThatThrownBy(() -> new Ended(T0, SOON, EndReason.HANGUP, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ended(T0, SOON, EndReason.ROOM_FINISHED, CALLER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ended(T0, SOON, EndReason.NO_ANSWER, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nobody_can_call_themselves() {
        assertThat(outcome(() -> Call.place(new CallId(UUID.randomUUID()), CALLER, CALLER, CallMedia.AUDIO, T0, DEADLINE)))
                .isEqualTo("validation_failed");
    }

    static String outcome(java.util.function.Supplier<Call> move) {
        try {
            return move.get().status().wire();
        } catch (ParleyException rejected) {
            return rejected.code().wire();
        }
    }
}
