package dev.parley.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.testing.AccountFixture;
import dev.parley.domain.account.SignedIn;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthenticationServiceTest {
    private final AccountFixture fixture = new AccountFixture();

    @Test
    void a_session_revoked_elsewhere_is_refused_after_the_recheck_window() {
        SignedIn signedIn = fixture.register("jack");
        String token = signedIn.tokens().accessToken();
        fixture.authentication.authenticate(token);

        fixture.sessions.revoke(signedIn.sessionId(), fixture.clock.instant());
        fixture.clock.advance(AuthenticationService.RECHECK_AFTER);

        assertThatThrownBy(() -> fixture.authentication.authenticate(token)).isInstanceOfSatisfying(
                ParleyException.class, rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }

    @Test
    void a_forgotten_session_is_refused_at_once() {
        SignedIn signedIn = fixture.register("kate");
        String token = signedIn.tokens().accessToken();
        fixture.authentication.authenticate(token);

        fixture.sessions.revoke(signedIn.sessionId(), fixture.clock.instant());
        fixture.authentication.forget(signedIn.sessionId());

        assertThatThrownBy(() -> fixture.authentication.authenticate(token)).isInstanceOf(ParleyException.class);
    }

    @Test
    void expired_access_tokens_say_so() {
        SignedIn signedIn = fixture.register("liam");
        fixture.clock.advance(Duration.ofMinutes(16));

        assertThatThrownBy(() -> fixture.authentication.authenticate(signedIn.tokens().accessToken()))
                .isInstanceOfSatisfying(ParleyException.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.TOKEN_EXPIRED));
    }

    @Test
    void a_token_naming_another_users_session_is_refused_even_while_that_session_is_known_active() {
        SignedIn mallory = fixture.register("mallory");
        SignedIn victim = fixture.register("victim");
        fixture.authentication.authenticate(victim.tokens().accessToken());
        String forged = fixture.accessTokens.issue(mallory.user().id(), victim.sessionId(), fixture.clock.instant());

        assertThatThrownBy(() -> fixture.authentication.authenticate(forged)).isInstanceOfSatisfying(
                ParleyException.class, rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
        fixture.clock.advance(AuthenticationService.RECHECK_AFTER);
        assertThatThrownBy(() -> fixture.authentication.authenticate(forged)).isInstanceOf(ParleyException.class);
        assertThat(fixture.authentication.authenticate(victim.tokens().accessToken()).userId())
                .isEqualTo(victim.user().id());
    }
}
