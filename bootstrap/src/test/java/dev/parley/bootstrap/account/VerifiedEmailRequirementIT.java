package dev.parley.bootstrap.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNode;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With PARLEY_REQUIRE_VERIFIED_EMAIL=true, writes outside /auth wait for a verified address; reads and /auth do not. */
class VerifiedEmailRequirementIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void unverified_users_may_read_and_verify_but_not_write() throws Exception {
        try (TestNode node = TestNode.start(Map.of("PARLEY_REQUIRE_VERIFIED_EMAIL", "true",
                "PARLEY_SMTP_HOST", "127.0.0.1", "PARLEY_SMTP_PORT", String.valueOf(MAIL.getSmtp().getPort())))) {
            ApiClient api = node.client();
            Accounts.SignedInUser user = Accounts.register(api);

            Response refused = api.patch("/api/v1/users/me", Map.of("bio", "hello"), user.accessToken());
            Response read = api.get("/api/v1/auth/me", user.accessToken());
            assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
            Response verified = api.post("/api/v1/auth/verify-email", Map.of("code", code(MAIL.getReceivedMessages()[0])),
                    user.accessToken());
            Response allowed = api.patch("/api/v1/users/me", Map.of("bio", "hello"), user.accessToken());

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.errorCode()).isEqualTo("email_not_verified");
            assertThat(read.status()).isEqualTo(200);
            assertThat(verified.status()).isEqualTo(204);
            assertThat(allowed.status()).isEqualTo(200);
            assertThat(allowed.json().path("bio").asText()).isEqualTo("hello");
        }
    }

    private static String code(MimeMessage mail) throws Exception {
        Matcher matcher = Pattern.compile("code is (\\d{6})").matcher(mail.getContent().toString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
