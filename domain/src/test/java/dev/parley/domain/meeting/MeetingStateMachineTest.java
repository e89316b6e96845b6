package dev.parley.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lifecycle of a meeting: scheduled, started by its first join, ended by the host, expiry or emptiness. */
class MeetingStateMachineTest {
    static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    static final UserId HOST = new UserId(UUID.randomUUID());

    static Meeting meeting(MeetingSettings settings) {
        return Meeting.schedule(new MeetingId(UUID.randomUUID()), new MeetingCode("abc-defg-hjk"),
                new ConversationId(UUID.randomUUID()), HOST, new MeetingDetails("Standup", null, null, 60), settings, T0);
    }

    @Test
    void expires_a_duration_after_its_schedule_or_its_creation() {
        assertThat(meeting(MeetingSettings.DEFAULTS).expiresAt()).isEqualTo(T0.plusSeconds(3600));
        Meeting later = Meeting.schedule(new MeetingId(UUID.randomUUID()), new MeetingCode("abc-defg-hjk"),
                new ConversationId(UUID.randomUUID()), HOST,
                new MeetingDetails("Later", null, T0.plusSeconds(86_400), 30), MeetingSettings.DEFAULTS, T0);
        assertThat(later.expiresAt()).isEqualTo(T0.plusSeconds(86_400 + 1800));
    }

    @Test
    void the_first_join_starts_it_and_it_stays_active_until_ended() {
        Meeting started = meeting(MeetingSettings.DEFAULTS).occupied(T0.plusSeconds(5));

        assertThat(started.status()).isEqualTo(MeetingStatus.ACTIVE);
        assertThat(((MeetingState.Active) started.state()).startedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(started.occupied(T0.plusSeconds(9)).state()).isEqualTo(started.state());

        Meeting ended = started.end(EndReason.HOST_ENDED, T0.plusSeconds(60));
        assertThat(ended.status()).isEqualTo(MeetingStatus.ENDED);
        assertEnded(() -> ended.end(EndReason.HOST_ENDED, T0.plusSeconds(61)));
        assertEnded(() -> ended.occupied(T0.plusSeconds(61)));
    }

    @Test
    void a_cancelled_scheduled_meeting_never_started() {
        Meeting cancelled = meeting(MeetingSettings.DEFAULTS).end(EndReason.CANCELLED, T0.plusSeconds(1));

        assertThat(cancelled.state()).isEqualTo(new MeetingState.Ended(null, T0.plusSeconds(1), EndReason.CANCELLED));
    }

    @Test
    void ends_by_itself_at_expiry_and_after_the_empty_grace_only() {
        Duration grace = Duration.ofMinutes(5);
        Meeting meeting = meeting(MeetingSettings.DEFAULTS);
        assertThat(meeting.endIfDue(T0.plusSeconds(3599), grace)).isSameAs(meeting);
        assertThat(meeting.endIfDue(T0.plusSeconds(3600), grace).state())
                .isEqualTo(new MeetingState.Ended(null, T0.plusSeconds(3600), EndReason.EXPIRED));

        Meeting emptied = meeting.occupied(T0).emptied(T0.plusSeconds(60));
        assertThat(emptied.endIfDue(T0.plusSeconds(359), grace).status()).isEqualTo(MeetingStatus.ACTIVE);
        assertThat(emptied.occupied(T0.plusSeconds(100)).endIfDue(T0.plusSeconds(400), grace).status())
                .isEqualTo(MeetingStatus.ACTIVE);
        assertThat(((MeetingState.Ended) emptied.endIfDue(T0.plusSeconds(360), grace).state()).reason())
                .isEqualTo(EndReason.EMPTY);
    }

    @Test
    void is_over_once_past_expiry_even_before_the_timer_ran() {
        Meeting meeting = meeting(MeetingSettings.DEFAULTS);

        assertThat(meeting.isOver(T0.plusSeconds(3600))).isTrue();
        assertEnded(() -> meeting.occupied(T0.plusSeconds(3600)));
    }

    @Test
    void only_the_host_edits() {
        Meeting meeting = meeting(MeetingSettings.DEFAULTS);
        MeetingDetails details = new MeetingDetails("Renamed", "why", null, 30);

        assertThat(meeting.edit(HOST, details, MeetingSettings.DEFAULTS, T0).details()).isEqualTo(details);
        assertThatThrownBy(() -> meeting.edit(new UserId(UUID.randomUUID()), details, MeetingSettings.DEFAULTS, T0))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void codes_are_ten_letters_without_look_alikes_and_parse_as_typed() {
        MeetingCode code = MeetingCode.generate(new java.security.SecureRandom());

        assertThat(code.value()).matches("[a-z]{3}-[a-z]{4}-[a-z]{3}").doesNotContain("i", "l", "o");
        assertThat(MeetingCode.read("code", " ABC-defg-HJK ")).map(MeetingCode::value).contains("abc-defg-hjk");
        assertThat(MeetingCode.read("code", "abcdefghjk")).map(MeetingCode::value).contains("abc-defg-hjk");
        assertThat(MeetingCode.read("code", "abc-defg-hij")).as("looked up, never drawn").isPresent();
        assertThat(MeetingCode.read("code", "abc-defg-hi1")).isEmpty();
        assertThat(MeetingCode.read("code", "short")).isEmpty();
        assertThatThrownBy(() -> MeetingCode.read("code", " ")).isInstanceOf(ParleyException.class);
    }

    @Test
    void settings_and_details_refuse_out_of_range_values_naming_the_field() {
        assertThatThrownBy(() -> new MeetingSettings(1, false, false, true))
                .isInstanceOfSatisfying(ParleyException.class,
                        e -> assertThat(e.details().getFirst().field()).isEqualTo("settings.max_participants"));
        assertThatThrownBy(() -> new MeetingSettings(501, false, false, true)).isInstanceOf(ParleyException.class);
        assertThatThrownBy(() -> new MeetingDetails("x", null, null, 0))
                .isInstanceOfSatisfying(ParleyException.class,
                        e -> assertThat(e.details().getFirst().field()).isEqualTo("duration_minutes"));
        assertThatThrownBy(() -> new MeetingDetails(" ", null, null, 60))
                .isInstanceOfSatisfying(ParleyException.class,
                        e -> assertThat(e.details().getFirst().field()).isEqualTo("title"));
    }

    static void assertEnded(Runnable move) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(ParleyException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.MEETING_ENDED));
    }
}
