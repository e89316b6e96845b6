package dev.parley.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.testing.MutableClock;
import dev.parley.application.testing.RecordingEventPublisher;
import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.MediaGrant;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingDetails;
import dev.parley.domain.meeting.MeetingEvent;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingSettings;
import dev.parley.domain.meeting.MeetingStatus;
import dev.parley.domain.meeting.ParticipantStatus;
import dev.parley.domain.meeting.in.JoinMeetingUseCase;
import dev.parley.domain.meeting.in.ScheduleMeetingUseCase;
import dev.parley.domain.meeting.out.MeetingChat;
import dev.parley.domain.meeting.out.MeetingMedia;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.meeting.InMemoryMeetingParticipants;
import dev.parley.inmemory.meeting.InMemoryMeetingRepository;
import dev.parley.inmemory.shared.DirectTransactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The meeting services on in-memory fakes: who hears what, what LiveKit is asked, and the timers. */
class MeetingServicesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryMeetingParticipants participants = new InMemoryMeetingParticipants();
    private final InMemoryMeetingRepository meetings = new InMemoryMeetingRepository(participants);
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final DirectTransactions transactions = new DirectTransactions();
    private final List<String> media = new ArrayList<>();
    private final MeetingAnnouncer announcer = new MeetingAnnouncer(events, new RecordedMedia());
    private final MeetingChat chat = new NoChat();
    private final ScheduleMeetingService schedule = new ScheduleMeetingService(meetings, chat, transactions, clock);
    private final JoinMeetingService join = new JoinMeetingService(meetings, participants, users, chat,
            (room, user, name, canPublish, muted) -> new MediaGrant("ws://lk", room, "token-" + user), announcer,
            transactions, clock);
    private final EditMeetingService edit = new EditMeetingService(meetings, participants, users, chat, announcer,
            transactions, clock);
    private final MeetingTimerService timers = new MeetingTimerService(meetings, participants, chat, announcer,
            new MeetingOptions(Duration.ofMinutes(5)), transactions, clock);
    private final Principal host = principal();

    @Test
    void the_first_join_starts_the_meeting_opens_its_room_and_tells_the_joined() {
        Meeting meeting = create(MeetingSettings.DEFAULTS);

        JoinMeetingUseCase.Joined joined = join.join(host, meeting.code());

        assertThat(joined.meeting().status()).isEqualTo(MeetingStatus.ACTIVE);
        assertThat(joined.grant()).map(MediaGrant::room).contains(meeting.room());
        assertThat(media).containsExactly("open " + meeting.room() + " 50");
        MeetingEvent told = events.ofType(MeetingEvent.class).getFirst();
        assertThat(told.kind()).isEqualTo(MeetingEvent.Kind.PARTICIPANT_JOINED);
        assertThat(told.recipients()).containsExactly(host.userId());
    }

    @Test
    void a_waiting_guest_gets_no_grant_and_the_host_hears_of_them() {
        Meeting meeting = create(new MeetingSettings(5, true, false, true));
        Principal guest = principal();

        JoinMeetingUseCase.Joined waiting = join.join(guest, meeting.code());

        assertThat(waiting.participant().status()).isEqualTo(ParticipantStatus.WAITING);
        assertThat(waiting.grant()).isEmpty();
        assertThat(waiting.meeting().status()).as("waiting does not start it").isEqualTo(MeetingStatus.SCHEDULED);
        MeetingEvent told = events.ofType(MeetingEvent.class).getFirst();
        assertThat(told.kind()).isEqualTo(MeetingEvent.Kind.PARTICIPANT_WAITING);
        assertThat(told.recipients()).containsExactly(host.userId());
        assertThatThrownBy(() -> join.token(guest, meeting.id())).isInstanceOfSatisfying(ParleyException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void ending_tells_everyone_who_was_in_it_and_clears_the_media_room() {
        Meeting meeting = create(MeetingSettings.DEFAULTS);
        Principal guest = principal();
        join.join(host, meeting.code());
        join.join(guest, meeting.code());
        events.clear();
        media.clear();

        edit.end(host, meeting.id());

        MeetingEvent ended = events.ofType(MeetingEvent.class).getFirst();
        assertThat(ended.kind()).isEqualTo(MeetingEvent.Kind.ENDED);
        assertThat(ended.recipients()).containsExactlyInAnyOrder(host.userId(), guest.userId());
        assertThat(media).contains("remove " + meeting.room() + " " + guest.userId(), "close " + meeting.room());
        assertThat(participants.countJoined(meeting.id())).isZero();
    }

    @Test
    void the_last_leave_starts_the_empty_grace_and_the_timer_ends_the_meeting_once() {
        Meeting meeting = create(MeetingSettings.DEFAULTS);
        join.join(host, meeting.code());
        edit.leave(host, meeting.id());

        clock.advance(Duration.ofMinutes(4));
        timers.sweepAll();
        assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.ACTIVE);

        clock.advance(Duration.ofMinutes(1));
        timers.sweepAll();
        timers.sweepAll();
        assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.ENDED);
        assertThat(events.ofType(MeetingEvent.class)).filteredOn(e -> e.kind() == MeetingEvent.Kind.ENDED).hasSize(1);
    }

    @Test
    void a_meeting_ends_at_its_expiry_whoever_is_in_it() {
        Meeting meeting = create(MeetingSettings.DEFAULTS);
        join.join(host, meeting.code());

        clock.advance(Duration.ofMinutes(60));
        timers.sweepAll();

        assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.ENDED);
        assertThatThrownBy(() -> join.join(principal(), meeting.code())).isInstanceOfSatisfying(ParleyException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.MEETING_ENDED));
    }

    private Meeting create(MeetingSettings settings) {
        return schedule.schedule(host, new ScheduleMeetingUseCase.Command(
                new MeetingDetails("Sync", null, null, 60), settings));
    }

    private static Principal principal() {
        return new Principal(new UserId(UUID.randomUUID()), new SessionId(UUID.randomUUID()));
    }

    /** The chat is not the point here. */
    private static final class NoChat implements MeetingChat {
        public ConversationId open(String title, UserId host, Instant at) {
            return new ConversationId(UUID.randomUUID());
        }

        public List<DomainEvent> entered(Meeting meeting, MeetingParticipant participant, Instant at) {
            return List.of();
        }

        public List<DomainEvent> exited(Meeting meeting, UserId user, boolean removed, Instant at) {
            return List.of();
        }

        public List<DomainEvent> roleChanged(Meeting meeting, MeetingParticipant participant, Instant at) {
            return List.of();
        }
    }

    /** Writes down what LiveKit would be asked. */
    private final class RecordedMedia implements MeetingMedia {
        public void openRoom(String room, int maxParticipants) {
            media.add("open " + room + " " + maxParticipants);
        }

        public void closeRoom(String room) {
            media.add("close " + room);
        }

        public void removeParticipant(String room, UserId user) {
            media.add("remove " + room + " " + user);
        }

        public void muteMicrophone(String room, UserId user) {
            media.add("mute " + room + " " + user);
        }

        public Optional<String> startRecording(String room, dev.parley.domain.file.StorageKey output) {
            media.add("record " + room);
            return Optional.of("EG_1");
        }

        public void stopRecording(String egressId) {
            media.add("stop " + egressId);
        }
    }
}
