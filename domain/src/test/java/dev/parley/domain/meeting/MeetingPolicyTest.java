package dev.parley.domain.meeting;

import static dev.parley.domain.meeting.MeetingStateMachineTest.HOST;
import static dev.parley.domain.meeting.MeetingStateMachineTest.T0;
import static dev.parley.domain.meeting.MeetingStateMachineTest.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Joining, the waiting room, capacity and who may admit, remove, mute and change roles. */
class MeetingPolicyTest {
    private static final MeetingSettings WAITING_ROOM = new MeetingSettings(3, true, true, true);
    private final UserId guest = new UserId(UUID.randomUUID());

    @Test
    void a_guest_joins_an_open_meeting_and_joining_again_keeps_the_participant() {
        Meeting meeting = meeting(MeetingSettings.DEFAULTS);

        MeetingParticipant joined = MeetingPolicy.join(meeting, guest, "Gus", Optional.empty(), 0, T0);
        assertThat(joined.status()).isEqualTo(ParticipantStatus.JOINED);
        assertThat(joined.role()).isEqualTo(MeetingRole.GUEST);
        assertThat(joined.joinedAt()).isEqualTo(T0);
        assertThat(MeetingPolicy.join(meeting, guest, "Gus", Optional.of(joined), 1, T0.plusSeconds(5))).isEqualTo(joined);
    }

    @Test
    void with_the_waiting_room_guests_wait_and_the_host_never_does() {
        Meeting meeting = meeting(WAITING_ROOM);

        MeetingParticipant waiting = MeetingPolicy.join(meeting, guest, "Gus", Optional.empty(), 0, T0);
        assertThat(waiting.status()).isEqualTo(ParticipantStatus.WAITING);
        assertThat(MeetingPolicy.join(meeting, guest, "Gus", Optional.of(waiting), 0, T0)).isEqualTo(waiting);

        MeetingParticipant host = MeetingPolicy.join(meeting, HOST, "Hana", Optional.empty(), 0, T0);
        assertThat(host.status()).isEqualTo(ParticipantStatus.JOINED);
        assertThat(host.role()).isEqualTo(MeetingRole.HOST);
        assertThat(host.media().muted()).isFalse();

        MeetingParticipant admitted = MeetingPolicy.admit(meeting, host, waiting, 1, T0.plusSeconds(3));
        assertThat(admitted.status()).isEqualTo(ParticipantStatus.JOINED);
        assertThat(admitted.media().muted()).as("mute_on_join").isTrue();
    }

    @Test
    void capacity_counts_joined_participants_for_joins_and_admissions() {
        Meeting meeting = meeting(WAITING_ROOM);
        MeetingParticipant host = MeetingPolicy.join(meeting, HOST, "Hana", Optional.empty(), 0, T0);
        MeetingParticipant waiting = MeetingPolicy.join(meeting, guest, "Gus", Optional.empty(), 3, T0);

        assertRejected(() -> MeetingPolicy.admit(meeting, host, waiting, 3, T0), ErrorCode.MEETING_FULL);
        assertRejected(() -> MeetingPolicy.join(meeting(MeetingSettings.DEFAULTS), guest, "Gus", Optional.empty(), 50, T0),
                ErrorCode.MEETING_FULL);
    }

    @Test
    void a_removed_user_cannot_rejoin_and_an_over_meeting_admits_nobody() {
        Meeting meeting = meeting(MeetingSettings.DEFAULTS);
        MeetingParticipant host = MeetingPolicy.join(meeting, HOST, "Hana", Optional.empty(), 0, T0);
        MeetingParticipant joined = MeetingPolicy.join(meeting, guest, "Gus", Optional.empty(), 1, T0);
        MeetingParticipant removed = MeetingPolicy.remove(meeting, host, joined, T0.plusSeconds(1));

        assertThat(removed.status()).isEqualTo(ParticipantStatus.REMOVED);
        assertRejected(() -> MeetingPolicy.join(meeting, guest, "Gus", Optional.of(removed), 1, T0), ErrorCode.FORBIDDEN);
        Meeting ended = meeting.occupied(T0).end(EndReason.HOST_ENDED, T0.plusSeconds(2));
        assertRejected(() -> MeetingPolicy.join(ended, new UserId(UUID.randomUUID()), "New", Optional.empty(), 0,
                T0.plusSeconds(3)), ErrorCode.MEETING_ENDED);
    }

    @Test
    void a_participant_who_left_comes_back_with_the_role_they_had() {
        Meeting meeting = meeting(MeetingSettings.DEFAULTS);
        MeetingParticipant moderator = MeetingPolicy.join(meeting, guest, "Gus", Optional.empty(), 0, T0)
                .withRole(MeetingRole.MODERATOR).left(T0.plusSeconds(10));

        MeetingParticipant back = MeetingPolicy.join(meeting, guest, "Gus", Optional.of(moderator), 0, T0.plusSeconds(20));

        assertThat(back.status()).isEqualTo(ParticipantStatus.JOINED);
        assertThat(back.role()).isEqualTo(MeetingRole.MODERATOR);
        assertThat(back.joinedAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(back.leftAt()).isNull();
    }

    @Test
    void guests_cannot_use_host_controls_and_moderators_cannot_touch_the_host() {
        Meeting meeting = meeting(MeetingSettings.DEFAULTS);
        MeetingParticipant host = MeetingPolicy.join(meeting, HOST, "Hana", Optional.empty(), 0, T0);
        MeetingParticipant gus = MeetingPolicy.join(meeting, guest, "Gus", Optional.empty(), 1, T0);
        MeetingParticipant moderator = MeetingPolicy.join(meeting, new UserId(UUID.randomUUID()), "Mo",
                Optional.empty(), 2, T0).withRole(MeetingRole.MODERATOR);

        assertRejected(() -> MeetingPolicy.mute(meeting, gus, moderator, T0), ErrorCode.FORBIDDEN);
        assertRejected(() -> MeetingPolicy.remove(meeting, gus, moderator, T0), ErrorCode.FORBIDDEN);
        assertRejected(() -> MeetingPolicy.remove(meeting, moderator, host, T0), ErrorCode.FORBIDDEN);
        assertRejected(() -> MeetingPolicy.requireMayChangeRole(meeting, moderator, gus, T0), ErrorCode.FORBIDDEN);
        assertThat(MeetingPolicy.mute(meeting, moderator, gus, T0).media().muted()).isTrue();
        assertThat(MeetingPolicy.remove(meeting, moderator, gus, T0).status()).isEqualTo(ParticipantStatus.REMOVED);
    }

    @Test
    void only_participants_inside_read_the_participants_and_the_chat() {
        Meeting meeting = meeting(WAITING_ROOM);
        MeetingParticipant waiting = MeetingPolicy.join(meeting, guest, "Gus", Optional.empty(), 0, T0);

        assertRejected(() -> MeetingPolicy.requireInside(meeting, Optional.of(waiting)), ErrorCode.NOT_A_PARTICIPANT);
        assertRejected(() -> MeetingPolicy.requireInside(meeting, Optional.empty()), ErrorCode.NOT_A_PARTICIPANT);
        MeetingPolicy.requireInside(meeting, Optional.of(MeetingParticipant.waiting(meeting.id(), HOST, "Hana",
                MeetingRole.HOST)));
    }

    private static void assertRejected(Runnable move, ErrorCode code) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(ParleyException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
