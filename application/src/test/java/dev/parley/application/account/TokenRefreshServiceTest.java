package dev.parley.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.testing.AccountFixture;
import dev.parley.domain.account.AuthTokens;
import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.SessionRevoked;
import dev.parley.domain.account.SignedIn;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenRefreshServiceTest {
    private final AccountFixture fixture = new AccountFixture();
    private final DeviceInfo device = new DeviceInfo("t", "ip");

    @Test
    void rotates_the_refresh_token() {
        SignedIn signedIn = fixture.register("gina");

        AuthTokens next = fixture.refresh.refresh(signedIn.tokens().refreshToken(), device);

        assertThat(next.refreshToken()).isNotEqualTo(signedIn.tokens().refreshToken());
        assertThat(fixture.refresh.refresh(next.refreshToken(), device)).isNotNull();
    }

    @Test
    void reuse_of_a_rotated_token_revokes_the_session_and_announces_it() {
        SignedIn signedIn = fixture.register("hugo");
        AuthTokens next = fixture.refresh.refresh(signedIn.tokens().refreshToken(), device);

        assertThatThrownBy(() -> fixture.refresh.refresh(signedIn.tokens().refreshToken(), device))
                .isInstanceOf(ParleyException.class);

        assertThat(fixture.sessions.find(signedIn.sessionId()).orElseThrow().isActive()).isFalse();
        assertThat(fixture.events.ofType(SessionRevoked.class)).extracting(SessionRevoked::sessionId)
                .containsExactly(signedIn.sessionId());
        assertThatThrownBy(() -> fixture.refresh.refresh(next.refreshToken(), device)).isInstanceOf(ParleyException.class);
    }

    @Test
    void refresh_tokens_expire_after_thirty_days() {
        SignedIn signedIn = fixture.register("ivy");
        fixture.clock.advance(Duration.ofDays(31));

        assertThatThrownBy(() -> fixture.refresh.refresh(signedIn.tokens().refreshToken(), device))
                .isInstanceOf(ParleyException.class);
    }
}
