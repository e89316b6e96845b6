package dev.parley.bootstrap.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.TestNode;
import dev.parley.bootstrap.support.TestNodeExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole account flow through the real server, with GreenMail as the SMTP server. */
class AccountsIT {
    @RegisterExtension
    @Order(1)
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    @Order(2) // after the mail server, whose port it is told
    static final TestNodeExtension node = TestNodeExtension.withEnv(() -> Map.of("PARLEY_SMTP_HOST", "127.0.0.1",
            "PARLEY_SMTP_PORT", String.valueOf(MAIL.getSmtp().getPort())));
    private static final ApiClient api = node.client();

    @Test
    void registers_with_normalised_username_and_lower_cased_email() {
        Response response = api.post("/api/v1/auth/register",
                Map.of("email", "  Zoe.Q@Example.COM ", "username", "Zoë_Q", "password", "long enough"), null);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("user").path("username").asText()).isEqualTo("zoe_q");
        assertThat(response.json().path("user").path("display_name").asText()).isEqualTo("Zoë_Q");
        assertThat(response.json().path("user").path("email").asText()).isEqualTo("zoe.q@example.com");
        assertThat(response.json().path("user").path("email_verified").asBoolean()).isFalse();
        assertThat(response.json().path("tokens").path("token_type").asText()).isEqualTo("Bearer");
        assertThat(response.json().path("tokens").path("expires_in").asInt()).isBetween(600, 1200);
        assertThat(response.json().path("user").path("created_at").asText())
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    }

    @Test
    void rejects_taken_email_and_look_alike_username() {
        Accounts.register(api, "chloe", "chloe@example.com");

        Response sameEmail = api.post("/api/v1/auth/register",
                Map.of("email", "CHLOE@example.com", "username", "other_chloe", "password", "long enough"), null);
        Response lookAlike = api.post("/api/v1/auth/register",
                Map.of("email", "chloe2@example.com", "username", "Chlöe", "password", "long enough"), null);

        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.errorCode()).isEqualTo("email_taken");
        assertThat(lookAlike.status()).isEqualTo(409);
        assertThat(lookAlike.errorCode()).isEqualTo("username_taken");
    }

    @Test
    void reports_every_invalid_field_at_once() {
        Response response = api.post("/api/v1/auth/register",
                Map.of("email", "not-an-email", "username", "x", "password", "short"), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("validation_failed");
        assertThat(response.json().path("error").path("details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("email", "username", "password");
    }

    @Test
    void refuses_passwords_longer_than_128_characters() {
        Response response = api.post("/api/v1/auth/register",
                Map.of("email", "long@example.com", "username", "longpw", "password", "x".repeat(129)), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").path("details").get(0).path("field").asText()).isEqualTo("password");
    }

    @Test
    void verifies_email_with_the_code_from_the_delivered_mail() throws Exception {
        SignedInUser user = Accounts.register(api, "verina", "verina@example.com");

        String code = codeFor(user);
        String wrongCode = code.equals("000000") ? "111111" : "000000";

        Response wrong = api.post("/api/v1/auth/verify-email", Map.of("code", wrongCode), user.accessToken());
        Response right = api.post("/api/v1/auth/verify-email", Map.of("code", code), user.accessToken());

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(right.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", user.accessToken()).json().path("email_verified").asBoolean()).isTrue();
    }

    @Test
    void verifies_email_by_the_link_token_without_signing_in() throws Exception {
        SignedInUser user = Accounts.register(api, "linda", "linda@example.com");
        String token = find(mailTo(user.email()), "token=([A-Za-z0-9_-]+)");

        Response response = api.get("/api/v1/auth/verify-email?token=" + token, null);
        Response again = api.post("/api/v1/auth/verify-email", Map.of("token", token), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/auth/me", user.accessToken()).json().path("email_verified").asBoolean()).isTrue();
    }

    @Test
    void five_wrong_codes_invalidate_the_code() throws Exception {
        SignedInUser user = Accounts.register(api, "guesser", "guesser@example.com");
        String code = codeFor(user);
        String wrong = code.equals("123456") ? "654321" : "123456";

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(api.post("/api/v1/auth/verify-email", Map.of("code", wrong), user.accessToken()).status())
                    .isEqualTo(400);
        }
        Response right = api.post("/api/v1/auth/verify-email", Map.of("code", code), user.accessToken());

        assertThat(right.status()).isEqualTo(400);
    }

    @Test
    void code_verification_needs_a_signed_in_caller() {
        Response response = api.post("/api/v1/auth/verify-email", Map.of("code", "123456"), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void resend_is_rate_limited() {
        SignedInUser user = Accounts.register(api);
        int status = 0;
        for (int attempt = 0; attempt < 5 && status != 429; attempt++) {
            status = api.post("/api/v1/auth/verify-email/resend", null, user.accessToken()).status();
        }
        Response limited = api.post("/api/v1/auth/verify-email/resend", null, user.accessToken());

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorCode()).isEqualTo("rate_limited");
        assertThat(limited.header("Retry-After")).isNotNull();
    }

    @Test
    void logs_in_by_email_or_username_and_fails_identically_for_unknown_accounts() {
        SignedInUser user = Accounts.register(api, "logan", "logan@example.com");

        Response byEmail = api.post("/api/v1/auth/login", Map.of("email", "LOGAN@example.com", "password", Accounts.PASSWORD), null);
        Response byUsername = api.post("/api/v1/auth/login", Map.of("username", "Logan", "password", Accounts.PASSWORD), null);
        Response wrongPassword = api.post("/api/v1/auth/login", Map.of("username", "logan", "password", "wrong password"), null);
        Response unknown = api.post("/api/v1/auth/login", Map.of("username", "nobody_here", "password", "wrong password"), null);

        assertThat(byEmail.status()).isEqualTo(200);
        assertThat(byEmail.json().path("user").path("id").asText()).isEqualTo(user.id());
        assertThat(byUsername.status()).isEqualTo(200);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(wrongPassword.status());
        assertThat(unknown.json().path("error").path("code")).isEqualTo(wrongPassword.json().path("error").path("code"));
        assertThat(unknown.json().path("error").path("message")).isEqualTo(wrongPassword.json().path("error").path("message"));
        assertThat(wrongPassword.errorCode()).isEqualTo("invalid_credentials");
    }

    @Test
    void login_needs_exactly_one_identifier() {
        Response neither = api.post("/api/v1/auth/login", Map.of("password", "whatever1"), null);

        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.errorCode()).isEqualTo("validation_failed");
    }

    @Test
    void throttles_repeated_failures_for_one_account() {
        Accounts.register(api, "target", "target@example.com");
        Response last = null;
        for (int attempt = 0; attempt < 12; attempt++) {
            last = api.post("/api/v1/auth/login", Map.of("username", "target", "password", "bad guess " + attempt), null);
        }
        Response evenCorrect = api.post("/api/v1/auth/login", Map.of("username", "target", "password", Accounts.PASSWORD), null);

        assertThat(last.status()).isEqualTo(429);
        assertThat(evenCorrect.status()).isEqualTo(429);
        assertThat(evenCorrect.header("Retry-After")).isNotNull();
    }

    @Test
    void a_browser_that_signed_in_before_gets_in_while_strangers_have_locked_the_account() {
        Accounts.register(api, "owner", "owner@example.com");
        Response earlier = api.post("/api/v1/auth/login", Map.of("username", "owner", "password", Accounts.PASSWORD), null);
        String setCookie = earlier.header("Set-Cookie");
        assertThat(setCookie).startsWith("parley_device=").contains("HttpOnly", "SameSite=Strict", "Path=/api/v1/auth");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        for (int attempt = 0; attempt < 10; attempt++) {
            api.post("/api/v1/auth/login", Map.of("email", "owner@example.com", "password", "guess " + attempt), null);
        }

        Response stranger = api.post("/api/v1/auth/login", Map.of("username", "owner", "password", Accounts.PASSWORD), null);
        Response knownBrowser = api.send("POST", "/api/v1/auth/login",
                Map.of("username", "owner", "password", Accounts.PASSWORD), null, Map.of("Cookie", cookie));

        assertThat(stranger.status()).as("username and e-mail failures count together").isEqualTo(429);
        assertThat(knownBrowser.status()).isEqualTo(200);
        assertThat(knownBrowser.json().path("user").path("username").asText()).isEqualTo("owner");
    }

    @Test
    void signed_tokens_missing_a_required_claim_or_naming_someone_elses_session_are_refused() {
        SignedInUser victim = Accounts.register(api, "victim", "victim@example.com");
        SignedInUser mallory = Accounts.register(api, "mallory", "mallory@example.com");
        DecodedJWT victims = JWT.decode(victim.accessToken());
        Algorithm testKey = Algorithm.HMAC256(TestNode.JWT_SECRET);
        String noExpiry = JWT.create().withIssuer("parley").withSubject(mallory.id())
                .withClaim("sid", JWT.decode(mallory.accessToken()).getClaim("sid").asString())
                .withIssuedAt(new Date()).sign(testKey);
        String othersSession = JWT.create().withIssuer("parley").withSubject(mallory.id())
                .withClaim("sid", victims.getClaim("sid").asString())
                .withIssuedAt(new Date()).withExpiresAt(victims.getExpiresAt()).sign(testKey);

        for (String forged : new String[] {noExpiry, othersSession}) {
            for (int use = 0; use < 2; use++) {
                Response refused = api.get("/api/v1/auth/me", forged);
                assertThat(refused.status()).isEqualTo(401);
                assertThat(refused.errorCode()).isEqualTo("unauthorized");
            }
        }
        assertThat(api.get("/api/v1/auth/me", victim.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void refresh_rotates_and_reuse_revokes_the_session() {
        SignedInUser user = Accounts.register(api);

        Response first = api.post("/api/v1/auth/refresh", Map.of("refresh_token", user.refreshToken()), null);
        String newAccess = first.json().path("tokens").path("access_token").asText();
        String newRefresh = first.json().path("tokens").path("refresh_token").asText();
        Response reuse = api.post("/api/v1/auth/refresh", Map.of("refresh_token", user.refreshToken()), null);
        Response afterReuse = api.post("/api/v1/auth/refresh", Map.of("refresh_token", newRefresh), null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().fieldNames()).toIterable().containsExactly("tokens");
        assertThat(newRefresh).isNotEqualTo(user.refreshToken());
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(afterReuse.status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", newAccess).status()).isEqualTo(401);
    }

    @Test
    void rejects_unknown_refresh_tokens() {
        Response response = api.post("/api/v1/auth/refresh", Map.of("refresh_token", "made-up"), null);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void logout_stops_the_access_token_and_logout_all_ends_every_session() throws Exception {
        SignedInUser user = Accounts.register(api);
        String second = login(user.username());
        String third = login(user.username());

        assertThat(api.post("/api/v1/auth/logout", null, user.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", user.accessToken()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", second).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/auth/logout", Map.of("all", true), second).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", third).status()).isEqualTo(401);
    }

    @Test
    void lists_and_revokes_sessions_but_not_someone_elses() {
        SignedInUser user = Accounts.register(api);
        String other = login(user.username());
        SignedInUser stranger = Accounts.register(api);

        Response list = api.get("/api/v1/auth/sessions", user.accessToken());
        assertThat(list.json().path("items")).hasSize(2);
        String otherSessionId = null;
        for (var session : list.json().path("items")) {
            if (!session.path("current").asBoolean()) {
                otherSessionId = session.path("id").asText();
            }
        }

        assertThat(api.delete("/api/v1/auth/sessions/" + otherSessionId, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/auth/sessions/not-a-uuid", user.accessToken()).status()).isEqualTo(400);
        assertThat(api.delete("/api/v1/auth/sessions/" + otherSessionId, user.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", other).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/sessions", user.accessToken()).json().path("items")).hasSize(1);
    }

    @Test
    void a_token_answered_from_the_verified_token_cache_stops_working_the_moment_its_session_is_revoked() {
        SignedInUser user = Accounts.register(api);
        String other = login(user.username());
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/auth/me", other).status()).isEqualTo(200);
        }
        String otherSessionId = null;
        for (var session : api.get("/api/v1/auth/sessions", user.accessToken()).json().path("items")) {
            if (!session.path("current").asBoolean()) {
                otherSessionId = session.path("id").asText();
            }
        }

        assertThat(api.delete("/api/v1/auth/sessions/" + otherSessionId, user.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", other).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", user.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void forgot_password_never_reveals_accounts_and_reset_revokes_every_session() throws Exception {
        SignedInUser user = Accounts.register(api, "forgetful", "forgetful@example.com");

        assertThat(api.post("/api/v1/auth/password/forgot", Map.of("email", "nobody@example.com"), null).status()).isEqualTo(202);
        assertThat(api.post("/api/v1/auth/password/forgot", Map.of("email", "Forgetful@example.com"), null).status()).isEqualTo(202);
        String token = find(mailWithSubject(user.email(), "Reset"), "\\n([A-Za-z0-9_-]{40,})\\n");

        Response reset = api.post("/api/v1/auth/password/reset", Map.of("token", token, "new_password", "brand new secret"), null);
        Response reused = api.post("/api/v1/auth/password/reset", Map.of("token", token, "new_password", "another secret"), null);

        assertThat(reset.status()).isEqualTo(204);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/auth/me", user.accessToken()).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login", Map.of("username", "forgetful", "password", "brand new secret"), null).status())
                .isEqualTo(200);
    }

    @Test
    void changing_the_password_needs_the_current_one_and_ends_other_sessions() {
        SignedInUser user = Accounts.register(api);
        String other = login(user.username());

        Response wrong = api.put("/api/v1/auth/password",
                Map.of("current_password", "not it at all", "new_password", "next password"), user.accessToken());
        Response changed = api.put("/api/v1/auth/password",
                Map.of("current_password", Accounts.PASSWORD, "new_password", "next password"), user.accessToken());

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.errorCode()).isEqualTo("invalid_credentials");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", user.accessToken()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", other).status()).isEqualTo(401);
    }

    @Test
    void protected_routes_need_a_valid_token() {
        Response missing = api.get("/api/v1/auth/me", null);
        Response garbage = api.get("/api/v1/auth/me", "garbage");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.errorCode()).isEqualTo("unauthorized");
        assertThat(garbage.status()).isEqualTo(401);
    }

    private static String login(String username) {
        return api.post("/api/v1/auth/login", Map.of("username", username, "password", Accounts.PASSWORD), null)
                .json().path("tokens").path("access_token").asText();
    }

    private static String codeFor(SignedInUser user) throws Exception {
        return find(mailTo(user.email()), "code is (\\d{6})");
    }

    private static String mailTo(String email) throws Exception {
        return mailWithSubject(email, "verification");
    }

    private static String mailWithSubject(String email, String subjectPart) throws Exception {
        MimeMessage mail = Await.value(() -> Arrays.stream(MAIL.getReceivedMessages())
                        .filter(message -> isTo(message, email, subjectPart)).findFirst(), Await.PATIENCE,
                "a mail for " + email + " about " + subjectPart);
        return mail.getContent().toString().replace("\r\n", "\n");
    }

    private static boolean isTo(MimeMessage message, String email, String subjectPart) {
        try {
            return message.getAllRecipients()[0].toString().equals(email) && message.getSubject().contains(subjectPart);
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no match for " + regex + " in " + text);
        }
        return matcher.group(1);
    }
}
