package dev.parley.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.testing.AccountFixture;
import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SignedIn;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmailVerificationServiceTest {
    private final AccountFixture fixture = new AccountFixture();

    @Test
    void the_mailed_code_verifies_once() {
        SignedIn signedIn = fixture.register("mia");

        fixture.verification.verifyByCode(principal(signedIn), code());

        assertThat(fixture.users.findById(signedIn.user().id()).orElseThrow().emailVerified()).isTrue();
        assertThat(fixture.verifications.findByUser(signedIn.user().id())).isEmpty();
    }

    @Test
    void codes_expire_after_fifteen_minutes() {
        SignedIn signedIn = fixture.register("noah");
        String code = code();
        fixture.clock.advance(Duration.ofMinutes(15));

        assertThatThrownBy(() -> fixture.verification.verifyByCode(principal(signedIn), code))
                .isInstanceOf(ParleyException.class);
    }

    @Test
    void the_fifth_wrong_guess_kills_the_code() {
        SignedIn signedIn = fixture.register("olga");
        String code = code();
        String wrong = code.equals("000000") ? "999999" : "000000";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> fixture.verification.verifyByCode(principal(signedIn), wrong))
                    .isInstanceOf(ParleyException.class);
        }

        assertThatThrownBy(() -> fixture.verification.verifyByCode(principal(signedIn), code))
                .isInstanceOf(ParleyException.class);
    }

    @Test
    void the_link_token_verifies_without_a_session() {
        SignedIn signedIn = fixture.register("paul");
        Matcher token = Pattern.compile("token=(\\S+)").matcher(fixture.outbox.last().body());
        assertThat(token.find()).isTrue();

        fixture.verification.verifyByLinkToken(token.group(1));

        assertThat(fixture.users.findById(signedIn.user().id()).orElseThrow().emailVerified()).isTrue();
    }

    @Test
    void resend_replaces_the_code_and_is_rate_limited() {
        SignedIn signedIn = fixture.register("quinn");
        String first = code();
        fixture.verification.resend(principal(signedIn));

        assertThat(code()).isNotNull();
        assertThatThrownBy(() -> {
            for (int attempt = 0; attempt < 5; attempt++) {
                fixture.verification.resend(principal(signedIn));
            }
        }).isInstanceOfSatisfying(ParleyException.class,
                rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.RATE_LIMITED));
        assertThat(first).matches("\\d{6}");
    }

    private String code() {
        Matcher matcher = Pattern.compile("code is (\\d{6})").matcher(fixture.outbox.last().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static Principal principal(SignedIn signedIn) {
        return new Principal(signedIn.user().id(), signedIn.sessionId());
    }
}
