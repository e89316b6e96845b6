package dev.parley.livekit;

import dev.parley.domain.call.out.MediaRooms;
import io.livekit.server.RoomServiceClient;
import io.livekit.server.okhttp.OkHttpFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * LiveKit adapter: RoomService through the SDK (Twirp over http/https). LiveKit creates rooms on first join
 * and closes empty ones by itself, so a failure here is retried a few times, logged and never thrown: it
 * must not fail an accept or an end. Timeouts are short because an accept waits for this (at worst about
 * 6 s when LiveKit hangs). The SDK's HTTP logging stays off: it would print the bearer token.
 */
final class LiveKitRooms implements MediaRooms {
    private static final Logger LOG = LoggerFactory.getLogger(LiveKitRooms.class);
    private static final int ATTEMPTS = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    private final RoomServiceClient client;
    private final LiveKitSettings settings;

    LiveKitRooms(LiveKitSettings settings) {
        this.settings = settings;
        this.client = RoomServiceClient.createClient(settings.apiHost(), settings.apiKey(), settings.apiSecret(),
                new OkHttpFactory(false, builder -> builder.connectTimeout(1, TimeUnit.SECONDS)
                        .readTimeout(2, TimeUnit.SECONDS).callTimeout(2, TimeUnit.SECONDS)));
    }

    @Override
    public void open(String room) {
        // a call has two parties: cap the room at two, and let LiveKit drop it once nobody came
        int emptyTimeout = (int) settings.emptyTimeout().toSeconds();
        attempt("create room " + room, () -> client.createRoom(room, emptyTimeout, 2));
    }

    @Override
    public void close(String room) {
        attempt("delete room " + room, () -> client.deleteRoom(room));
    }

    private void attempt(String what, java.util.function.Supplier<Call<?>> request) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String failure;
            try {
                Response<?> response = request.get().execute();
                if (response.isSuccessful() || response.code() == 404) {
                    return;
                }
                failure = "HTTP " + response.code();
            } catch (IOException | RuntimeException broken) {
                failure = broken.getClass().getSimpleName() + ": " + broken.getMessage();
            }
            if (attempt == ATTEMPTS) {
                LOG.warn("LiveKit: {} failed after {} attempts ({}); LiveKit will manage the room itself", what,
                        ATTEMPTS, failure);
                return;
            }
            sleep(backoff);
            backoff = backoff.multipliedBy(2);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
