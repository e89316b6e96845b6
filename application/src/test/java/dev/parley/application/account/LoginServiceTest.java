package dev.parley.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.application.testing.AccountFixture;
import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.in.LoginUseCase;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginServiceTest {
    private final AccountFixture fixture = new AccountFixture();

    @Test
    void unknown_account_and_wrong_password_are_indistinguishable() {
        fixture.register("dave");

        ParleyException wrong = catchThrowableOfType(ParleyException.class, () -> login("dave", "wrong password"));
        ParleyException unknown = catchThrowableOfType(ParleyException.class, () -> login("nobody", "wrong password"));

        assertThat(wrong.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS).isEqualTo(unknown.code());
        assertThat(wrong.getMessage()).isEqualTo(unknown.getMessage());
    }

    @Test
    void throttles_an_account_after_ten_failures_until_the_window_ends() {
        fixture.register("erin");
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThatThrownBy(() -> login("erin", "bad guess")).isInstanceOf(ParleyException.class);
        }

        ParleyException throttled = catchThrowableOfType(ParleyException.class, () -> login("erin", "password-erin"));
        fixture.clock.advance(Duration.ofMinutes(16));

        assertThat(throttled.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(throttled.retryAfter()).isPresent();
        assertThat(login("erin", "password-erin").user().username().value()).isEqualTo("erin");
    }

    @Test
    void a_success_clears_the_failure_count() {
        fixture.register("frank");
        for (int attempt = 0; attempt < 9; attempt++) {
            assertThatThrownBy(() -> login("frank", "bad guess")).isInstanceOf(ParleyException.class);
        }
        login("frank", "password-frank");

        assertThatThrownBy(() -> login("frank", "bad again")).isInstanceOfSatisfying(ParleyException.class,
                rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS));
    }

    @Test
    void failures_by_username_and_by_email_share_one_count_per_account() {
        fixture.register("gina");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> login("gina", "bad guess")).isInstanceOf(ParleyException.class);
            assertThatThrownBy(() -> loginByEmail("gina@example.com", "bad guess")).isInstanceOf(ParleyException.class);
        }

        ParleyException byEmail = catchThrowableOfType(ParleyException.class,
                () -> loginByEmail("GINA@example.com", "another guess"));
        ParleyException byName = catchThrowableOfType(ParleyException.class, () -> login("Gina", "password-gina"));

        assertThat(byEmail.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(byName.code()).isEqualTo(ErrorCode.RATE_LIMITED);
    }

    @Test
    void a_device_that_signed_in_before_gets_in_while_strangers_have_locked_the_account() {
        String proof = fixture.register("hana").deviceProof();
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThatThrownBy(() -> login("hana", "stranger guess")).isInstanceOf(ParleyException.class);
        }
        assertThat(catchThrowableOfType(ParleyException.class, () -> login("hana", "password-hana")).code())
                .isEqualTo(ErrorCode.RATE_LIMITED);

        assertThat(login("hana", "password-hana", proof).user().username().value()).isEqualTo("hana");
        assertThat(catchThrowableOfType(ParleyException.class, () -> login("hana", "password-hana")).code())
                .as("the owner's sign-in does not unlock the account for strangers")
                .isEqualTo(ErrorCode.RATE_LIMITED);
    }

    @Test
    void a_known_device_gets_no_more_guesses_than_the_account_and_a_proof_for_another_account_counts_for_nothing() {
        String ivosProof = fixture.register("ivo").deviceProof();
        fixture.register("jade");
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThatThrownBy(() -> login("ivo", "bad guess", ivosProof)).isInstanceOf(ParleyException.class);
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThatThrownBy(() -> login("jade", "bad guess")).isInstanceOf(ParleyException.class);
        }

        assertThat(catchThrowableOfType(ParleyException.class, () -> login("ivo", "password-ivo", ivosProof)).code())
                .isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(catchThrowableOfType(ParleyException.class, () -> login("jade", "password-jade", ivosProof)).code())
                .isEqualTo(ErrorCode.RATE_LIMITED);
    }

    private dev.parley.domain.account.SignedIn login(String username, String password) {
        return login(username, password, null);
    }

    private dev.parley.domain.account.SignedIn login(String username, String password, String deviceProof) {
        return fixture.login.login(new LoginUseCase.Command(null, username, password, new DeviceInfo("t", "10.0.0.1"),
                deviceProof));
    }

    private dev.parley.domain.account.SignedIn loginByEmail(String email, String password) {
        return fixture.login.login(new LoginUseCase.Command(email, null, password, new DeviceInfo("t", "10.0.0.1")));
    }
}
