package dev.parley.livekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.parley.domain.call.MediaEvent;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Webhooks signed exactly as LiveKit signs them: a JWT by the API key whose {@code sha256} is the body's hash. */
class LiveKitWebhooksTest {
    private static final String SECRET = "secret-secret-secret-secret-secret";
    private final LiveKitWebhooks webhooks = new LiveKitWebhooks(new LiveKitSettings("ws://x", "devkey", SECRET,
            Duration.ofMinutes(5), Duration.ofSeconds(60)));

    static String sign(String body, String key, String secret) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
        return JWT.create().withIssuer(key).withNotBefore(Instant.now().minusSeconds(5))
                .withExpiresAt(Instant.now().plusSeconds(300))
                .withClaim("sha256", Base64.getEncoder().encodeToString(digest))
                .sign(Algorithm.HMAC256(secret));
    }

    @Test
    void reads_a_signed_participant_left_event() throws Exception {
        String body = """
                {"event":"participant_left","id":"EV_1","createdAt":"1763719200",
                 "room":{"sid":"RM_1","name":"call-abc"},"participant":{"sid":"PA_1","identity":"u-1"}}""";

        MediaEvent event = webhooks.verify(body, sign(body, "devkey", SECRET));

        assertThat(event).isEqualTo(new MediaEvent(MediaEvent.Kind.PARTICIPANT_LEFT, "EV_1", "call-abc", "u-1",
                java.time.Instant.ofEpochSecond(1763719200), null, null));
    }

    @Test
    void reads_room_finished_and_passes_other_events_as_other() throws Exception {
        String finished = "{\"event\":\"room_finished\",\"id\":\"EV_2\",\"room\":{\"name\":\"call-abc\"}}";
        String started = "{\"event\":\"room_started\",\"id\":\"EV_3\",\"room\":{\"name\":\"call-abc\"}}";

        assertThat(webhooks.verify(finished, sign(finished, "devkey", SECRET)).kind()).isEqualTo(MediaEvent.Kind.ROOM_FINISHED);
        assertThat(webhooks.verify(started, sign(started, "devkey", SECRET)).kind()).isEqualTo(MediaEvent.Kind.OTHER);
    }

    @Test
    void an_egress_ended_with_its_file_is_completed_and_a_failed_one_is_not() throws Exception {
        String complete = """
                {"event":"egress_ended","id":"EV_4","egressInfo":{"egressId":"EG_1","roomName":"meeting-x",
                 "status":"EGRESS_COMPLETE","fileResults":[{"filename":"ab/cd/f.mp4","location":"s3://b/ab/cd/f.mp4"}]}}""";
        String failed = """
                {"event":"egress_ended","id":"EV_5","egressInfo":{"egressId":"EG_2","roomName":"meeting-x",
                 "status":"EGRESS_FAILED","error":"pipeline"}}""";

        assertThat(webhooks.verify(complete, sign(complete, "devkey", SECRET)).egress())
                .isEqualTo(new MediaEvent.Egress("EG_1", "s3://b/ab/cd/f.mp4", true));
        assertThat(webhooks.verify(failed, sign(failed, "devkey", SECRET)).egress())
                .isEqualTo(new MediaEvent.Egress("EG_2", null, false));
    }

    @Test
    void rejects_a_wrong_secret_a_changed_body_and_a_missing_header() throws Exception {
        String body = "{\"event\":\"room_finished\",\"id\":\"EV_2\",\"room\":{\"name\":\"call-abc\"}}";

        assertUnauthorized(() -> webhooks.verify(body, sign(body, "devkey", "another-secret-another-secret-xx")));
        assertUnauthorized(() -> webhooks.verify(body.replace("call-abc", "call-xyz"), sign(body, "devkey", SECRET)));
        assertUnauthorized(() -> webhooks.verify(body, null));
        assertUnauthorized(() -> webhooks.verify(body, "not-a-jwt"));
    }

    private static void assertUnauthorized(ThrowingSupplier call) {
        assertThatThrownBy(call::get).isInstanceOfSatisfying(ParleyException.class,
                rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }

    @FunctionalInterface
    private interface ThrowingSupplier {
        Object get() throws Exception;
    }
}
