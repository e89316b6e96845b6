package dev.parley.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.MediaEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.meeting.EndReason;
import dev.parley.domain.meeting.MediaState;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingDetails;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingRole;
import dev.parley.domain.meeting.MeetingSettings;
import dev.parley.domain.meeting.ParticipantStatus;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.meeting.out.MeetingTracks;
import dev.parley.domain.shared.Ids;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every meeting store must do; run against the in-memory fakes and against PostgreSQL. */
public abstract class MeetingRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract MeetingRepository meetings();

    protected abstract MeetingParticipants participants();

    protected abstract MeetingTracks tracks();

    /** A user that exists in the store (the database has foreign keys). */
    protected abstract UserId newUser();

    /** A conversation the meeting's chat can be (the database has foreign keys). */
    protected abstract ConversationId newConversation(UserId createdBy);

    protected Meeting scheduled(UserId host, Instant at, int minutes) {
        return Meeting.schedule(new MeetingId(Ids.newId(at)), MeetingCode.generate(RANDOM), newConversation(host), host,
                new MeetingDetails("Weekly", "notes", null, minutes), new MeetingSettings(10, true, false, true), at);
    }

    @Test
    void stores_and_restores_every_state_and_finds_by_code() {
        UserId host = newUser();
        Meeting meeting = scheduled(host, T0, 60);
        assertThat(meetings().insert(meeting)).isTrue();
        assertThat(meetings().findByCode(meeting.code()).orElseThrow().id()).isEqualTo(meeting.id());

        Meeting active = meeting.occupied(T0.plusSeconds(5)).emptied(T0.plusSeconds(9))
                .withRecording(meeting.recording().started("EG_1", java.util.UUID.randomUUID()));
        meetings().update(active);
        Meeting restored = meetings().find(meeting.id()).orElseThrow();
        assertThat(restored.state()).isEqualTo(active.state());
        assertThat(restored.details()).isEqualTo(meeting.details());
        assertThat(restored.settings()).isEqualTo(meeting.settings());
        assertThat(restored.recording()).isEqualTo(active.recording());
        assertThat(meetings().findByEgress("EG_1").orElseThrow().id()).isEqualTo(meeting.id());

        Meeting ended = active.end(EndReason.HOST_ENDED, T0.plusSeconds(60));
        ended = ended.withRecording(ended.recording().finished("s3://b/k").filed());
        meetings().update(ended);
        assertThat(meetings().find(meeting.id()).orElseThrow().state()).isEqualTo(ended.state());
        assertThat(meetings().find(meeting.id()).orElseThrow().recording().fileId())
                .isEqualTo(active.recording().outputId());
        assertThat(meetings().find(new MeetingId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void refuses_a_second_meeting_with_a_taken_code() {
        UserId host = newUser();
        Meeting first = scheduled(host, T0, 60);
        meetings().insert(first);
        Meeting twin = Meeting.schedule(new MeetingId(Ids.newId(T0)), first.code(), newConversation(host), host,
                first.details(), first.settings(), T0);

        assertThat(meetings().insert(twin)).isFalse();
        assertThat(meetings().find(twin.id())).isEmpty();
    }

    @Test
    void participants_are_saved_counted_and_listed_joined_first() {
        UserId host = newUser();
        UserId waiting = newUser();
        UserId guest = newUser();
        Meeting meeting = scheduled(host, T0, 60);
        meetings().insert(meeting);
        participants().save(MeetingParticipant.waiting(meeting.id(), waiting, null, MeetingRole.GUEST));
        MeetingParticipant joined = MeetingParticipant.waiting(meeting.id(), guest, null, MeetingRole.GUEST)
                .joined(T0.plusSeconds(2), true);
        participants().save(joined);
        participants().save(MeetingParticipant.waiting(meeting.id(), host, null, MeetingRole.HOST).joined(T0, false));

        assertThat(participants().countJoined(meeting.id())).isEqualTo(2);
        assertThat(participants().all(meeting.id())).extracting(MeetingParticipant::userId)
                .containsExactly(host, guest, waiting);
        MeetingParticipant found = participants().find(meeting.id(), guest).orElseThrow();
        assertThat(found.status()).isEqualTo(ParticipantStatus.JOINED);
        assertThat(found.joinedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(found.media()).isEqualTo(new MediaState(true, false, false));

        participants().save(found.left(T0.plusSeconds(30)));
        assertThat(participants().countJoined(meeting.id())).isEqualTo(1);
        assertThat(participants().find(meeting.id(), guest).orElseThrow().leftAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void lists_meetings_hosted_or_joined_newest_first_from_a_cursor() {
        UserId ada = newUser();
        UserId bob = newUser();
        Meeting first = scheduled(ada, T0, 60);
        Meeting second = scheduled(bob, T0.plusSeconds(1), 60);
        Meeting third = scheduled(bob, T0.plusSeconds(2), 60);
        meetings().insert(first);
        meetings().insert(second);
        meetings().insert(third);
        participants().save(MeetingParticipant.waiting(second.id(), ada, null, MeetingRole.GUEST).joined(T0, false));
        participants().save(MeetingParticipant.waiting(third.id(), ada, null, MeetingRole.GUEST));

        assertThat(meetings().listFor(ada, null, 10)).extracting(Meeting::id).containsExactly(second.id(), first.id());
        assertThat(meetings().listFor(ada, second.id(), 10)).extracting(Meeting::id).containsExactly(first.id());
        assertThat(meetings().listFor(bob, null, 1)).extracting(Meeting::id).containsExactly(third.id());
    }

    @Test
    void claims_meetings_past_expiry_or_empty_for_the_grace_only() {
        Duration grace = Duration.ofMinutes(5);
        Instant now = T0.plusSeconds(3600);
        Meeting expired = scheduled(newUser(), T0, 60);
        Meeting running = scheduled(newUser(), T0, 120);
        Meeting emptyLongEnough = scheduled(newUser(), T0, 120);
        Meeting emptyJustNow = scheduled(newUser(), T0, 120);
        Meeting over = scheduled(newUser(), T0, 30);
        for (Meeting meeting : new Meeting[] {expired, running, emptyLongEnough, emptyJustNow, over}) {
            meetings().insert(meeting);
        }
        meetings().update(running.occupied(T0));
        meetings().update(emptyLongEnough.occupied(T0).emptied(now.minus(grace)));
        meetings().update(emptyJustNow.occupied(T0).emptied(now.minusSeconds(10)));
        meetings().update(over.end(EndReason.CANCELLED, T0.plusSeconds(1)));

        // other tests' meetings may be due as well: the store is shared
        assertThat(meetings().claimDue(now, grace, 100)).extracting(Meeting::id)
                .contains(expired.id(), emptyLongEnough.id())
                .doesNotContain(running.id(), emptyJustNow.id(), over.id());
    }

    @Test
    void track_events_apply_newest_first_and_an_unpublished_track_stays_gone() {
        UserId host = newUser();
        Meeting meeting = scheduled(host, T0, 60);
        meetings().insert(meeting);
        MediaEvent.Track mic = new MediaEvent.Track("TR_a", MediaEvent.Source.MICROPHONE, false);
        MediaEvent.Track camera = new MediaEvent.Track("TR_v", MediaEvent.Source.CAMERA, false);

        assertThat(tracks().record(meeting.id(), host, mic, false, T0)).isEqualTo(new MediaState(false, false, false));
        assertThat(tracks().record(meeting.id(), host, camera, false, T0)).isEqualTo(new MediaState(false, true, false));
        MediaEvent.Track mutedMic = new MediaEvent.Track("TR_a", MediaEvent.Source.MICROPHONE, true);
        assertThat(tracks().record(meeting.id(), host, mutedMic, false, T0.plusSeconds(2))).isEqualTo(new MediaState(true, true, false));
        assertThat(tracks().record(meeting.id(), host, mic, false, T0.plusSeconds(1))).as("late").isEqualTo(new MediaState(true, true, false));
        assertThat(tracks().record(meeting.id(), host, camera, true, T0.plusSeconds(1))).isEqualTo(new MediaState(true, false, false));
        assertThat(tracks().record(meeting.id(), host, camera, false, T0.plusSeconds(9))).as("gone for good")
                .isEqualTo(new MediaState(true, false, false));
    }
}
