package dev.parley.livekit;

import io.livekit.server.okhttp.OkHttpFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * How every server API call to LiveKit is made: short timeouts, a few retries with backoff, failures logged
 * and never thrown (PostgreSQL is the truth; a later call or webhook reconciles). The SDK's HTTP logging
 * stays off: it would print the bearer token.
 */
final class LiveKitRequests {
    private static final Logger LOG = LoggerFactory.getLogger(LiveKitRequests.class);
    private static final int ATTEMPTS = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    private LiveKitRequests() {
    }

    /** An HTTP client whose every call gives up after about two seconds. */
    static OkHttpFactory boundedClient() {
        return new OkHttpFactory(false, builder -> builder.connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(2, TimeUnit.SECONDS).callTimeout(2, TimeUnit.SECONDS));
    }

    /**
     * Makes the request, retrying transient failures; the successful (or 404: already gone) response, or empty
     * once every attempt failed.
     */
    static <T> Optional<Response<T>> attempt(String what, Supplier<Call<T>> request) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String failure;
            try {
                Response<T> response = request.get().execute();
                if (response.isSuccessful() || response.code() == 404) {
                    return Optional.of(response);
                }
                failure = "HTTP " + response.code();
            } catch (IOException | RuntimeException broken) {
                failure = broken.getClass().getSimpleName() + ": " + broken.getMessage();
            }
            if (attempt == ATTEMPTS) {
                LOG.warn("LiveKit: {} failed after {} attempts ({})", what, ATTEMPTS, failure);
                return Optional.empty();
            }
            sleep(backoff);
            backoff = backoff.multipliedBy(2);
        }
        return Optional.empty();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
