package dev.parley.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.parley.domain.account.AccessClaims;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JwtAccessTokensTest {
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final JwtSettings SETTINGS =
            new JwtSettings("a-test-secret-of-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8), "parley", TTL);

    private final JwtAccessTokens tokens = new JwtAccessTokens(SETTINGS, 3);

    @Test
    void a_verified_token_is_answered_again_from_the_cache_with_the_same_claims() {
        UserId user = new UserId(UUID.randomUUID());
        SessionId session = new SessionId(UUID.randomUUID());
        String token = tokens.issue(user, session, T0);

        AccessClaims first = tokens.verify(token, T0.plusSeconds(1));
        AccessClaims second = tokens.verify(token, T0.plusSeconds(2));

        assertThat(first.userId()).isEqualTo(user);
        assertThat(first.sessionId()).isEqualTo(session);
        assertThat(second).isEqualTo(first);
        assertThat(tokens.cachedTokens()).isEqualTo(1);
    }

    @Test
    void a_cached_token_is_refused_as_expired_once_its_time_is_up() {
        String token = tokens.issue(new UserId(UUID.randomUUID()), new SessionId(UUID.randomUUID()), T0);
        tokens.verify(token, T0);

        assertThatThrownBy(() -> tokens.verify(token, T0.plus(TTL))).isInstanceOfSatisfying(ParleyException.class,
                rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.TOKEN_EXPIRED));
        assertThat(tokens.cachedTokens()).isZero();
        assertThatThrownBy(() -> tokens.verify(token, T0.plus(TTL).plusSeconds(5))).isInstanceOfSatisfying(
                ParleyException.class, rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.TOKEN_EXPIRED));
    }

    @Test
    void an_expired_token_never_seen_before_is_refused_as_expired() {
        String token = tokens.issue(new UserId(UUID.randomUUID()), new SessionId(UUID.randomUUID()), T0);

        assertThatThrownBy(() -> tokens.verify(token, T0.plus(TTL).plusSeconds(5))).isInstanceOfSatisfying(
                ParleyException.class, rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.TOKEN_EXPIRED));
        assertThat(tokens.cachedTokens()).isZero();
    }

    @Test
    void tampered_tokens_are_refused_and_never_cached() {
        String token = tokens.issue(new UserId(UUID.randomUUID()), new SessionId(UUID.randomUUID()), T0);
        tokens.verify(token, T0);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        String otherSecret = new JwtAccessTokens(new JwtSettings(
                "another-secret-of-thirty-two-bytes".getBytes(StandardCharsets.UTF_8), "parley", TTL))
                .issue(new UserId(UUID.randomUUID()), new SessionId(UUID.randomUUID()), T0);

        for (String refused : new String[] {tampered, otherSecret, "not-a-jwt"}) {
            assertThatThrownBy(() -> tokens.verify(refused, T0)).isInstanceOfSatisfying(ParleyException.class,
                    rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
        }
        assertThat(tokens.cachedTokens()).isEqualTo(1);
    }

    @Test
    void validly_signed_tokens_missing_a_required_claim_are_refused_every_time() {
        Algorithm sameKey = Algorithm.HMAC256(SETTINGS.secret());
        String user = UUID.randomUUID().toString();
        String session = UUID.randomUUID().toString();
        Date issued = Date.from(T0);
        Date expires = Date.from(T0.plus(TTL));
        String[] incomplete = {
            JWT.create().withIssuer("parley").withSubject(user).withClaim("sid", session).withIssuedAt(issued)
                    .sign(sameKey),
            JWT.create().withIssuer("parley").withSubject(user).withClaim("sid", session).withExpiresAt(expires)
                    .sign(sameKey),
            JWT.create().withIssuer("parley").withClaim("sid", session).withIssuedAt(issued).withExpiresAt(expires)
                    .sign(sameKey),
            JWT.create().withIssuer("parley").withSubject(user).withIssuedAt(issued).withExpiresAt(expires)
                    .sign(sameKey),
        };

        for (String token : incomplete) {
            for (int use = 0; use < 2; use++) {
                assertThatThrownBy(() -> tokens.verify(token, T0.plusSeconds(1))).isInstanceOfSatisfying(
                        ParleyException.class, rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
            }
        }
        assertThat(tokens.cachedTokens()).isZero();
    }

    @Test
    void the_cache_stays_within_its_bound() {
        for (int i = 0; i < 10; i++) {
            String token = tokens.issue(new UserId(UUID.randomUUID()), new SessionId(UUID.randomUUID()), T0);
            assertThat(tokens.verify(token, T0)).isNotNull();
            assertThat(tokens.cachedTokens()).isBetween(1, 3);
        }
    }
}
