package dev.parley.inmemory.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.MediaEvent;
import dev.parley.domain.call.MediaEvent.Source;
import dev.parley.domain.meeting.MediaState;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.out.MeetingTracks;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * In-memory adapter: one entry per track, with the database's upsert rule: an event older than the track's last one
 * changes nothing, and an unpublish always applies and is final. Thread-safe (one lock).
 */
public final class InMemoryMeetingTracks implements MeetingTracks {
    private record Key(MeetingId meeting, UserId user, String sid) {
    }

    private record TrackRow(Source source, boolean muted, boolean unpublished, Instant eventAt) {
    }

    private final Map<Key, TrackRow> tracks = new HashMap<>();

    @Override
    public synchronized MediaState record(MeetingId meeting, UserId user, MediaEvent.Track track, boolean unpublished,
                                          Instant at) {
        Key key = new Key(meeting, user, track.sid());
        TrackRow current = tracks.get(key);
        if (current == null) {
            tracks.put(key, new TrackRow(track.source(), track.muted(), unpublished, at));
        } else if (unpublished || (!current.unpublished() && !at.isBefore(current.eventAt()))) {
            Instant latest = at.isAfter(current.eventAt()) ? at : current.eventAt();
            tracks.put(key, new TrackRow(track.source(), track.muted(), current.unpublished() || unpublished, latest));
        }
        return stateOf(meeting, user);
    }

    private MediaState stateOf(MeetingId meeting, UserId user) {
        boolean microphoneOn = false;
        boolean cameraOn = false;
        boolean sharing = false;
        for (Map.Entry<Key, TrackRow> entry : tracks.entrySet()) {
            Key key = entry.getKey();
            TrackRow row = entry.getValue();
            if (!key.meeting().equals(meeting) || !key.user().equals(user) || row.unpublished()) {
                continue;
            }
            microphoneOn |= row.source() == Source.MICROPHONE && !row.muted();
            cameraOn |= row.source() == Source.CAMERA && !row.muted();
            sharing |= row.source() == Source.SCREEN_SHARE;
        }
        return new MediaState(!microphoneOn, cameraOn, sharing);
    }
}
