package dev.parley.domain.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What LiveKit's room events do to a call: only an active call reacts, and repeats change nothing. */
class CallMediaPresenceTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final UserId CALLER = new UserId(UUID.randomUUID());
    private static final UserId CALLEE = new UserId(UUID.randomUUID());
    private final Call ringing = Call.place(new CallId(UUID.randomUUID()), CALLER, CALLEE, CallMedia.AUDIO, T0,
            T0.plusSeconds(30));
    private final Call active = ringing.accept(CALLEE, new SessionId(UUID.randomUUID()), T0.plusSeconds(2));

    @Test
    void ends_once_both_sides_have_left() {
        Call call = active.mediaJoined(CALLER).mediaJoined(CALLEE).mediaLeft(CALLER, T0.plusSeconds(60));
        assertThat(call.status()).isEqualTo(CallStatus.ACTIVE);

        Call ended = call.mediaLeft(CALLEE, T0.plusSeconds(62));

        assertThat(ended.status()).isEqualTo(CallStatus.ENDED);
        assertThat(((Ended) ended.state()).reason()).isEqualTo(EndReason.PARTICIPANTS_LEFT);
        assertThat(((Ended) ended.state()).durationSeconds()).isEqualTo(60);
    }

    @Test
    void a_side_that_rejoins_keeps_the_call_going() {
        Call call = active.mediaLeft(CALLER, T0.plusSeconds(10)).mediaJoined(CALLER).mediaLeft(CALLEE, T0.plusSeconds(11));

        assertThat(call.status()).isEqualTo(CallStatus.ACTIVE);
    }

    @Test
    void repeated_and_late_events_change_nothing() {
        Call ended = active.roomFinished(T0.plusSeconds(40));

        assertThat(ended.roomFinished(T0.plusSeconds(50)).state()).isEqualTo(ended.state());
        assertThat(ended.mediaLeft(CALLER, T0.plusSeconds(50)).state()).isEqualTo(ended.state());
        assertThat(ringing.roomFinished(T0.plusSeconds(1)).state()).isEqualTo(ringing.state());
        assertThat(ringing.mediaLeft(CALLER, T0.plusSeconds(1)).state()).isEqualTo(ringing.state());
        assertThat(active.mediaJoined(CALLER).mediaJoined(CALLER).state()).isEqualTo(active.mediaJoined(CALLER).state());
    }

    @Test
    void strangers_in_the_room_are_ignored() {
        assertThat(active.mediaLeft(new UserId(UUID.randomUUID()), T0.plusSeconds(9)).state()).isEqualTo(active.state());
    }

    @Test
    void rooms_map_back_to_their_call_and_nothing_else() {
        assertThat(Call.idOfRoom(active.room())).contains(active.id());
        assertThat(Call.idOfRoom("meeting-abc")).isEmpty();
        assertThat(Call.idOfRoom("call-not-a-uuid-not-a-uuid-not-a-uuid-xx")).isEmpty();
        assertThat(active.room()).doesNotContain(CALLER.toString());
    }

    @Test
    void summaries_read_like_a_phone_log() {
        Call video = Call.place(new CallId(UUID.randomUUID()), CALLER, CALLEE, CallMedia.VIDEO, T0, T0.plusSeconds(30));

        assertThat(CallSummary.of(video.miss(T0.plusSeconds(30)))).isEqualTo("Missed video call");
        assertThat(CallSummary.of(ringing.decline(CALLEE, T0))).isEqualTo("Declined audio call");
        assertThat(CallSummary.of(active.end(CALLER, T0.plusSeconds(2 + 185)))).isEqualTo("Audio call · 3 min");
        assertThat(CallSummary.of(active.end(CALLER, T0.plusSeconds(2 + 42)))).isEqualTo("Audio call · 42 s");
    }
}
