package dev.parley.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.testing.AccountFixture;
import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.SignedIn;
import dev.parley.domain.account.in.RegisterUseCase;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.FieldError;
import dev.parley.domain.shared.ParleyException;
import org.junit.jupiter.api.Test;

class RegistrationServiceTest {
    private final AccountFixture fixture = new AccountFixture();

    @Test
    void stores_a_hash_not_the_password_and_queues_the_verification_mail() {
        SignedIn signedIn = fixture.register("alice");

        assertThat(signedIn.user().passwordHash()).isNotEqualTo("password-alice").isEqualTo("hashed:password-alice");
        assertThat(fixture.outbox.last().to()).isEqualTo("alice@example.com");
        assertThat(fixture.outbox.last().body()).containsPattern("code is \\d{6}").contains("verify-email?token=");
        assertThat(fixture.verifications.findByUser(signedIn.user().id())).isPresent();
    }

    @Test
    void opens_a_session_with_tokens() {
        SignedIn signedIn = fixture.register("bob");

        assertThat(fixture.sessions.listActive(signedIn.user().id())).hasSize(1);
        assertThat(signedIn.tokens().refreshToken()).isNotBlank();
        assertThat(fixture.authentication.authenticate(signedIn.tokens().accessToken()).userId())
                .isEqualTo(signedIn.user().id());
    }

    @Test
    void refuses_a_taken_email_without_queuing_mail() {
        fixture.register("carol");
        int mailsBefore = fixture.outbox.mails().size();

        assertThatThrownBy(() -> fixture.registration.register(new RegisterUseCase.Command("CAROL@example.com",
                "carol2", "long enough", null, new DeviceInfo("t", "ip"))))
                .isInstanceOfSatisfying(ParleyException.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.EMAIL_TAKEN));
        assertThat(fixture.outbox.mails()).hasSize(mailsBefore);
    }

    @Test
    void reports_every_invalid_field() {
        assertThatThrownBy(() -> fixture.registration.register(new RegisterUseCase.Command("x", "y", "z", "",
                new DeviceInfo("t", "ip"))))
                .isInstanceOfSatisfying(ParleyException.class, rejected -> assertThat(rejected.details())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("email", "username", "password", "display_name"));
    }
}
