package dev.parley.inmemory.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.MediaEvent.Source;
import dev.parley.domain.call.MediaEvent.Track;
import dev.parley.domain.meeting.MediaState;
import dev.parley.domain.meeting.MeetingId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The upsert rules JdbiMeetingTracks states: older events change nothing, an unpublish is final. */
class InMemoryMeetingTracksTest {
    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    private final InMemoryMeetingTracks tracks = new InMemoryMeetingTracks();
    private final MeetingId meeting = new MeetingId(UUID.randomUUID());
    private final UserId user = new UserId(UUID.randomUUID());

    @Test
    void the_state_spans_all_the_users_tracks() {
        tracks.record(meeting, user, new Track("mic", Source.MICROPHONE, false), false, T0);
        MediaState state = tracks.record(meeting, user, new Track("cam", Source.CAMERA, false), false, T0);

        assertThat(state).isEqualTo(new MediaState(false, true, false));
        assertThat(tracks.record(meeting, user, new Track("screen", Source.SCREEN_SHARE, true), false, T0))
                .isEqualTo(new MediaState(false, true, true));
    }

    @Test
    void an_older_event_changes_nothing_and_an_unpublish_is_final() {
        tracks.record(meeting, user, new Track("mic", Source.MICROPHONE, false), false, T0.plusSeconds(2));

        assertThat(tracks.record(meeting, user, new Track("mic", Source.MICROPHONE, true), false, T0.plusSeconds(1)))
                .isEqualTo(new MediaState(false, false, false));
        assertThat(tracks.record(meeting, user, new Track("mic", Source.MICROPHONE, false), true, T0))
                .isEqualTo(new MediaState(true, false, false));
        assertThat(tracks.record(meeting, user, new Track("mic", Source.MICROPHONE, false), false, T0.plusSeconds(9)))
                .as("republished by a late resend").isEqualTo(new MediaState(true, false, false));
    }
}
