package dev.parley.livekit;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.MediaGrant;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Join tokens carry exactly the grants a call needs, for one room, briefly. */
class LiveKitTokensTest {
    private static final String SECRET = "secret-secret-secret-secret-secret";
    private final LiveKitTokens tokens = new LiveKitTokens(new LiveKitSettings("wss://lk.example.com", "devkey", SECRET,
            Duration.ofMinutes(5), Duration.ofSeconds(60)));

    @Test
    void grants_join_publish_subscribe_and_data_for_this_room_only() {
        UserId user = new UserId(UUID.randomUUID());

        MediaGrant grant = tokens.grant("call-abc", user, "Zoë");

        DecodedJWT jwt = JWT.require(Algorithm.HMAC256(SECRET)).withIssuer("devkey").build().verify(grant.token());
        assertThat(jwt.getSubject()).isEqualTo(user.toString());
        assertThat(jwt.getClaim("name").asString()).isEqualTo("Zoë");
        assertThat(jwt.getClaim("video").asMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "roomJoin", true, "room", "call-abc", "canPublish", true, "canSubscribe", true, "canPublishData", true));
        assertThat(grant.url()).isEqualTo("wss://lk.example.com");
        assertThat(grant.room()).isEqualTo("call-abc");
    }

    @Test
    void expires_within_minutes() {
        MediaGrant grant = tokens.grant("call-abc", new UserId(UUID.randomUUID()), "Zoë");

        Instant expiry = JWT.decode(grant.token()).getExpiresAtAsInstant();
        assertThat(expiry).isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(301));
    }

    @Test
    void never_prints_the_token() {
        assertThat(tokens.grant("call-abc", new UserId(UUID.randomUUID()), "Zoë").toString()).doesNotContain("ey");
    }
}
