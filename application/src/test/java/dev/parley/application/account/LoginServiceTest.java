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

    private dev.parley.domain.account.SignedIn login(String username, String password) {
        return fixture.login.login(new LoginUseCase.Command(null, username, password, new DeviceInfo("t", "10.0.0.1")));
    }
}
