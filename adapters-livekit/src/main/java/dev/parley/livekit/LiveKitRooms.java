package dev.parley.livekit;

import dev.parley.domain.call.out.MediaRooms;
import io.livekit.server.RoomServiceClient;

/**
 * LiveKit adapter: RoomService through the SDK (Twirp over http/https). LiveKit creates rooms on first join
 * and closes empty ones by itself, so a failure here is retried a few times, logged and never thrown: it
 * must not fail an accept or an end. Timeouts are short because an accept waits for this (at worst about
 * 6 s when LiveKit hangs). The SDK's HTTP logging stays off: it would print the bearer token.
 */
final class LiveKitRooms implements MediaRooms {
    private final RoomServiceClient client;
    private final LiveKitSettings settings;

    LiveKitRooms(LiveKitSettings settings) {
        this.settings = settings;
        this.client = RoomServiceClient.createClient(settings.apiHost(), settings.apiKey(), settings.apiSecret(),
                LiveKitRequests.boundedClient());
    }

    @Override
    public void open(String room) {
        // a call has two parties: cap the room at two, and let LiveKit drop it once nobody came
        int emptyTimeout = (int) settings.emptyTimeout().toSeconds();
        LiveKitRequests.attempt("create room " + room, () -> client.createRoom(room, emptyTimeout, 2));
    }

    @Override
    public void close(String room) {
        LiveKitRequests.attempt("delete room " + room, () -> client.deleteRoom(room));
    }
}
