package dev.parley.inmemory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.AccessClaims;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.inmemory.shared.Hmac;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HmacAccessTokensTest {
    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    private final HmacAccessTokens tokens = new HmacAccessTokens(Hmac.randomSecret(), Duration.ofMinutes(5));
    private final UserId user = new UserId(UUID.randomUUID());
    private final SessionId session = new SessionId(UUID.randomUUID());

    @Test
    void a_token_carries_its_user_and_session_until_it_expires() {
        String token = tokens.issue(user, session, T0);

        assertThat(tokens.verify(token, T0.plusSeconds(299)))
                .isEqualTo(new AccessClaims(user, session, T0.plus(Duration.ofMinutes(5))));
        assertThat(tokens.timeToLive()).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> tokens.verify(token, T0.plus(Duration.ofMinutes(5))))
                .isInstanceOfSatisfying(ParleyException.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.TOKEN_EXPIRED));
    }

    @Test
    void tampered_foreign_and_malformed_tokens_are_unauthorized() {
        String token = tokens.issue(user, session, T0);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        String foreign = new HmacAccessTokens(Hmac.randomSecret()).issue(user, session, T0);

        for (String refused : new String[] {tampered, foreign, "", ".", "no-dot", "%%%.%%%", token + token}) {
            assertThatThrownBy(() -> tokens.verify(refused, T0)).as(refused)
                    .isInstanceOfSatisfying(ParleyException.class,
                            rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
        }
    }
}
