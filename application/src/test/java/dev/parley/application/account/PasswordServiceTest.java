package dev.parley.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.testing.AccountFixture;
import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionRevoked;
import dev.parley.domain.account.SignedIn;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PasswordServiceTest {
    private final AccountFixture fixture = new AccountFixture();

    @Test
    void forgot_for_an_unknown_address_queues_nothing_and_does_not_fail() {
        int before = fixture.outbox.mails().size();

        fixture.passwords.forgot("nobody@example.com");

        assertThat(fixture.outbox.mails()).hasSize(before);
    }

    @Test
    void reset_changes_the_password_once_and_revokes_every_session() {
        SignedIn signedIn = fixture.register("rita");
        fixture.passwords.forgot("rita@example.com");
        String token = resetToken();

        fixture.passwords.reset(token, "a new password");

        assertThat(fixture.users.findById(signedIn.user().id()).orElseThrow().passwordHash()).isEqualTo("hashed:a new password");
        assertThat(fixture.events.ofType(SessionRevoked.class)).extracting(SessionRevoked::sessionId)
                .containsExactly(signedIn.sessionId());
        assertThatThrownBy(() -> fixture.passwords.reset(token, "another password")).isInstanceOf(ParleyException.class);
    }

    @Test
    void reset_tokens_expire() {
        fixture.register("sam");
        fixture.passwords.forgot("sam@example.com");
        String token = resetToken();
        fixture.clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> fixture.passwords.reset(token, "a new password")).isInstanceOf(ParleyException.class);
    }

    @Test
    void change_keeps_the_current_session_and_ends_the_others() {
        SignedIn first = fixture.register("tess");
        SignedIn second = fixture.login.login(new dev.parley.domain.account.in.LoginUseCase.Command(null, "tess",
                "password-tess", new dev.parley.domain.account.DeviceInfo("t", "ip")));

        fixture.passwords.change(new Principal(first.user().id(), first.sessionId()), "password-tess", "next password");

        assertThat(fixture.sessions.find(first.sessionId()).orElseThrow().isActive()).isTrue();
        assertThat(fixture.sessions.find(second.sessionId()).orElseThrow().isActive()).isFalse();
    }

    @Test
    void change_refuses_a_wrong_current_password() {
        SignedIn signedIn = fixture.register("uma");

        assertThatThrownBy(() -> fixture.passwords.change(new Principal(signedIn.user().id(), signedIn.sessionId()),
                "wrong", "next password")).isInstanceOfSatisfying(ParleyException.class,
                rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS));
    }

    private String resetToken() {
        Matcher matcher = Pattern.compile("\\n([A-Za-z0-9_-]{40,})\\n").matcher(fixture.outbox.last().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
