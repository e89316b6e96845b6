package dev.parley.livekit;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.meeting.out.MeetingMedia;
import io.livekit.server.EgressServiceClient;
import io.livekit.server.RoomServiceClient;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import livekit.LivekitEgress;
import livekit.LivekitModels;

/**
 * LiveKit adapter for meetings: RoomService (create, delete, remove participant, mute published track) and
 * Egress (room-composite recording to an MP4 in Parley's file storage, see {@link RecordingStorage}) through the SDK. Everything but starting a recording runs on
 * its own virtual thread, so a user's request never waits for LiveKit; starting a recording waits for the
 * egress id, at most a few seconds. Failures are retried, logged and never thrown.
 */
final class LiveKitMeetingMedia implements MeetingMedia, AutoCloseable {
    private final RoomServiceClient rooms;
    private final EgressServiceClient egress;
    private final LiveKitSettings settings;
    private final RecordingStorage recordings;
    private final ExecutorService background = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("livekit-meeting-", 0).factory());

    LiveKitMeetingMedia(LiveKitSettings settings, RecordingStorage recordings) {
        this.settings = settings;
        this.recordings = recordings;
        this.rooms = RoomServiceClient.createClient(settings.apiHost(), settings.apiKey(), settings.apiSecret(),
                LiveKitRequests.boundedClient());
        this.egress = EgressServiceClient.createClient(settings.apiHost(), settings.apiKey(), settings.apiSecret(),
                LiveKitRequests.boundedClient());
    }

    @Override
    public void openRoom(String room, int maxParticipants) {
        int emptyTimeout = (int) settings.emptyTimeout().toSeconds();
        later(() -> LiveKitRequests.attempt("create room " + room,
                () -> rooms.createRoom(room, emptyTimeout, maxParticipants)));
    }

    @Override
    public void closeRoom(String room) {
        later(() -> LiveKitRequests.attempt("delete room " + room, () -> rooms.deleteRoom(room)));
    }

    @Override
    public void removeParticipant(String room, UserId user) {
        later(() -> LiveKitRequests.attempt("remove a participant from " + room,
                () -> rooms.removeParticipant(room, user.toString())));
    }

    @Override
    public void muteMicrophone(String room, UserId user) {
        later(() -> microphones(room, user).forEach(track -> LiveKitRequests.attempt("mute a track in " + room,
                () -> rooms.mutePublishedTrack(room, user.toString(), track, true))));
    }

    @Override
    public Optional<String> startRecording(String room, StorageKey output) {
        LivekitEgress.EncodedFileOutput file = recordings.output(output);
        return LiveKitRequests.attempt("start recording " + room, () -> egress.startRoomCompositeEgress(room, file))
                .map(response -> response.body())
                .map(LivekitEgress.EgressInfo::getEgressId)
                .filter(id -> !id.isBlank());
    }

    @Override
    public void stopRecording(String egressId) {
        later(() -> LiveKitRequests.attempt("stop recording " + egressId, () -> egress.stopEgress(egressId)));
    }

    /** The participant's published microphone tracks, as LiveKit knows them right now. */
    private List<String> microphones(String room, UserId user) {
        return LiveKitRequests.attempt("look up a participant in " + room, () -> rooms.getParticipant(room, user.toString()))
                .map(response -> response.body())
                .map(info -> info.getTracksList().stream()
                        .filter(track -> track.getSource() == LivekitModels.TrackSource.MICROPHONE
                                || (track.getSource() == LivekitModels.TrackSource.UNKNOWN
                                    && track.getType() == LivekitModels.TrackType.AUDIO))
                        .map(LivekitModels.TrackInfo::getSid).toList())
                .orElse(List.of());
    }

    private void later(Runnable call) {
        if (!background.isShutdown()) {
            background.execute(call);
        }
    }

    @Override
    public void close() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }
}
