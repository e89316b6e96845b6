package dev.parley.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.slf4j.LoggerFactory;

/**
 * Issue 17's scenarios, each from the users' side, in headless Chromium against a real node: people register,
 * become contacts and chat live; an offline tab catches up; behind a WebSocket-blocking proxy events come over SSE;
 * a call rings and is declined; a password is reset through the mailed link. Screenshots of the main screens land in {@code target/screenshots}.
 */
class WebClientBrowserIT {
    private static final Pattern RESET_LINK = Pattern.compile("https?://[^/\\s]+(/reset-password\\?token=\\S+)");
    private static final Pattern VERIFY_LINK = Pattern.compile("https?://[^/\\s]+(/api/v1/auth/verify-email\\?token=\\S+)");
    private static final Pattern VERIFY_CODE = Pattern.compile("code is (\\d{6})");

    @RegisterExtension
    static final TestNodeExtension node =
            TestNodeExtension.withEnv(Map.of("PARLEY_PRESENCE_GRACE_MILLIS", "500", "PARLEY_SEND_RATE_LIMIT", "1000"));
    private static String baseUrl;
    private static ListAppender<ILoggingEvent> mails;

    @BeforeAll
    static void start() {
        // localhost, not 127.0.0.1: browsers treat it as a secure context, so the Secure refresh cookie is kept.
        baseUrl = "http://localhost:" + node.port();
        mails = new ListAppender<>();
        mails.start();
        ((Logger) LoggerFactory.getLogger("dev.parley.mail")).addAppender(mails);
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger("dev.parley.mail")).detachAppender(mails);
    }

    @Test
    void two_people_register_become_contacts_and_chat_live_with_typing_and_read_receipts() {
        try (Browser ada = new Browser(baseUrl); Browser bob = new Browser(baseUrl)) {
            register(ada, "ada", "Ada Lovelace");
            register(bob, "bob", "Bob Babbage");
            verifyByMailedCode(ada, "ada@example.com");
            verifyByMailedCode(bob, "bob@example.com");
            becomeContacts(ada, "bob", bob);

            openChat(bob, "ada");
            bob.find(".conversation-head h2", "Ada Lovelace");
            send(bob, "Hello Ada, ready for the engine review?");
            bob.find(".message.mine:not(.pending)", "ready for the engine review");

            ada.open("/#/chats");
            ada.find(".conversation .badge", "1");
            ada.click(".conversation", "Bob Babbage");
            ada.find(".message", "Hello Ada, ready for the engine review?");
            bob.find(".message.mine .receipt", "Seen");

            ada.clickWithin(".message", "ready for the engine review", "Reply");
            ada.typeInto(".composer textarea", "Almost");
            bob.find(".typing", "Ada Lovelace is typing");
            send(ada, " there! The notes on Bernoulli numbers need one more pass.");
            bob.find(".message:not(.mine)", "Almost there!");
            bob.find(".message:not(.mine) .reply", "ready for the engine review");
            bob.gone(".typing", "is typing");
            ada.find(".message.mine .receipt", "Seen");

            bob.clickWithin(".message.mine", "ready for the engine review", "Edit");
            bob.fill(".composer textarea", "Hello Ada, ready for the analytical engine review?");
            bob.press(".composer textarea", Keys.ENTER);
            ada.find(".message", "ready for the analytical engine review?");
            ada.find(".message", "edited");

            send(bob, "Oops, wrong chat");
            ada.find(".message", "Oops, wrong chat");
            bob.clickWithin(".message.mine", "Oops, wrong chat", "Delete");
            ada.find(".message .deleted", "Message deleted");
            assertThat(ada.count(".message", "Oops, wrong chat")).isZero();
            bob.clickWithin(".message.mine", "Message deleted", "Restore");
            ada.find(".message", "Oops, wrong chat");
            bob.clickWithin(".message.mine", "Oops, wrong chat", "Delete");
            ada.gone(".message", "Oops, wrong chat");

            send(bob, "No rush: I will bring the punched cards.");
            ada.find(".message", "punched cards");
            bob.typeInto(".composer textarea", "See you at ten");
            ada.find(".typing", "Bob Babbage is typing");
            ada.screenshot("conversation");
            bob.resize(390, 844);
            bob.screenshot("phone-conversation");
        }
    }

    @Test
    void a_message_sent_while_a_tab_is_offline_appears_once_after_it_reconnects() {
        try (Browser ada = new Browser(baseUrl); Browser bob = new Browser(baseUrl)) {
            register(ada, "ada_off", "Ada Offline");
            register(bob, "bob_off", "Bob Offline");
            becomeContacts(ada, "bob_off", bob);
            openChat(bob, "ada_off");
            send(bob, "Before the tunnel");
            ada.open("/#/chats");
            ada.click(".conversation", "Bob Offline");
            ada.find(".message", "Before the tunnel");

            ada.online(false);
            ada.find("#live-status", "Offline");
            send(bob, "Sent while you were in the tunnel");
            bob.find(".message.mine:not(.pending)", "Sent while you were in the tunnel");
            assertThat(ada.count(".message", "Sent while you were in the tunnel")).isZero();
            ada.online(true);

            ada.find(".message", "Sent while you were in the tunnel");
            ada.find("#live-status", "Live");
            send(bob, "And after it");
            ada.find(".message", "And after it");
            assertThat(ada.count(".message", "Sent while you were in the tunnel")).isEqualTo(1);
            assertThat(ada.count(".message", "Before the tunnel")).isEqualTo(1);
            List<String> seqs = ada.attributes(".message[data-seq]", "data-seq");
            assertThat(new HashSet<>(seqs)).hasSameSizeAs(seqs);
        }
    }

    @Test
    void a_long_history_loads_page_by_page_while_scrolling_back_to_its_beginning() {
        ApiClient api = node.client();
        SignedInUser ada = Accounts.register(api, "ada_hist", "ada_hist@example.com");
        SignedInUser bob = Accounts.register(api, "bob_hist", "bob_hist@example.com");
        String conversation = api.post("/api/v1/conversations", Map.of("participant_id", ada.id()), bob.accessToken())
                .json().path("id").asText();
        for (int i = 1; i <= 120; i++) {
            api.post("/api/v1/conversations/" + conversation + "/messages", Map.of("content", "History " + i), bob.accessToken());
        }
        try (Browser browser = new Browser(baseUrl)) {
            browser.open("/");
            signIn(browser, "ada_hist", Accounts.PASSWORD);
            browser.click(".conversation", "bob_hist");
            browser.find(".message", "History 120");
            assertThat(browser.attributes(".message[data-seq]", "data-seq")).hasSize(50);

            browser.scrollToTop(".messages");
            browser.find(".message", "History 21");
            browser.scrollToTop(".messages");
            browser.find(".message[data-seq='1']");
            browser.find(".messages .start", "This is the beginning of the conversation.");
            List<String> seqs = browser.attributes(".message[data-seq]", "data-seq");
            assertThat(seqs).hasSize(120).doesNotHaveDuplicates();
        }
    }

    @Test
    void where_websockets_are_blocked_events_arrive_over_server_sent_events() {
        try (Browser ada = new Browser(baseUrl); Browser bob = new Browser(baseUrl)) {
            ada.blockWebSockets();
            register(ada, "ada_sse", "Ada Proxied");
            ada.find("#live-status", "Live (SSE)");
            register(bob, "bob_sse", "Bob Direct");
            becomeContacts(ada, "bob_sse", bob);
            openChat(bob, "ada_sse");
            send(bob, "Can you hear me through the proxy?");

            ada.open("/#/chats");
            ada.click(".conversation", "Bob Direct");
            ada.find(".message", "Can you hear me through the proxy?");
            send(bob, "And now, live?");
            ada.find(".message", "And now, live?");
            send(ada, "Loud and clear");
            bob.find(".message:not(.mine)", "Loud and clear");
            bob.find(".message.mine .receipt", "Seen");
        }
    }

    @Test
    void a_call_rings_in_every_tab_of_the_callee_and_is_declined() {
        try (Browser ada = new Browser(baseUrl); Browser bob = new Browser(baseUrl)) {
            register(ada, "ada_call", "Ada Caller");
            register(bob, "bob_call", "Bob Callee");
            becomeContacts(ada, "bob_call", bob);
            String bobFirstTab = bob.tab();
            String bobSecondTab = bob.newTab("/#/chats");
            bob.find("#live-status", "Live");
            openChat(ada, "bob_call");
            ada.find(".conversation-head h2", "Bob Callee");

            ada.click(".conversation-head button[aria-label^='Video call']", "");
            ada.find(".call-dialog", "Calling Bob Callee");
            bob.find(".call-dialog.ringing", "Ada Caller is calling");
            bob.switchTo(bobFirstTab);
            bob.find(".call-dialog.ringing", "Ada Caller is calling");
            bob.screenshot("incoming-call");
            bob.click(".call-dialog.ringing button", "Decline");

            ada.find(".toast", "The call was declined.");
            ada.gone(".call-dialog", "Calling");
            bob.gone(".call-dialog", "is calling");
            bob.switchTo(bobSecondTab);
            bob.gone(".call-dialog", "is calling");
            ada.find(".message, .system", "Declined video call");
        }
    }

    @Test
    void a_forgotten_password_is_reset_through_the_link_printed_in_the_log() {
        try (Browser zoe = new Browser(baseUrl)) {
            register(zoe, "zoe_reset", "Zoë Reset");
            zoe.open(mailed("zoe_reset@example.com", VERIFY_LINK));
            zoe.find(".notice", "Your e-mail address is verified");
            zoe.open("/#/profile");
            zoe.click("button", "Sign out");
            zoe.click("a", "Forgot your password?");
            zoe.fill("input[name=email]", "zoe_reset@example.com");
            zoe.click("button", "Send the link");
            zoe.find(".notice", "a reset link is on its way");
            zoe.screenshot("forgot-password");

            zoe.open(mailed("zoe_reset@example.com", RESET_LINK));
            zoe.fill("input[name=new_password]", "a brand new secret");
            zoe.click("button", "Set password");
            zoe.find(".toast", "Your password is changed");

            zoe.screenshot("sign-in");
            signIn(zoe, "zoe_reset", "correct horse battery");
            zoe.find(".form-error", "Wrong username, e-mail or password");
            signIn(zoe, "zoe_reset", "a brand new secret");
            zoe.find(".topbar .brand", "Parley");
        }
    }

    @Test
    void an_uploaded_image_shows_as_a_thumbnail_in_the_other_tab() {
        assumeApi("POST", "/api/v1/files", "the files API");
        try (Browser ada = new Browser(baseUrl); Browser bob = new Browser(baseUrl)) {
            register(ada, "ada_img", "Ada Image");
            register(bob, "bob_img", "Bob Image");
            becomeContacts(ada, "bob_img", bob);
            openChat(bob, "ada_img");
            ada.open("/#/chats");
            ada.click(".conversation", "Bob Image");

            ada.typeInto(".composer input[type=file]", tinyPng());
            bob.find(".message:not(.mine) img.thumbnail[src^='blob:']");
            bob.screenshot("image-thumbnail");
        }
    }

    @Test
    void a_guest_waits_is_admitted_by_the_host_and_they_chat_in_the_meeting() {
        assumeApi("GET", "/api/v1/meetings", "the meetings API");
        try (Browser host = new Browser(baseUrl); Browser guest = new Browser(baseUrl)) {
            register(host, "meet_host", "Meg Host");
            register(guest, "meet_guest", "Gus Guest");
            host.click("a", "Meetings");
            host.fill("input[name=title]", "Design review");
            host.click(".check", "Waiting room");
            host.click("button", "Create meeting");
            String link = host.find("input.join-url").getAttribute("value");
            host.click("a", "Start now");
            host.click("button", "Join meeting");
            host.find(".meeting-grid");

            guest.open(link.replaceFirst("^https?://[^/]+", ""));
            guest.click("button", "Join meeting");
            guest.find(".waiting", "waiting room");
            guest.screenshot("meeting-waiting-room");
            host.click(".person.waiting button", "Admit");
            guest.find(".meeting-grid");

            guest.fill(".meeting-grid input[name=content]", "Hi everyone");
            guest.press(".meeting-grid input[name=content]", Keys.ENTER);
            host.find(".meeting-grid .message", "Hi everyone");
            host.fill(".meeting-grid input[name=content]", "Welcome, Gus");
            host.press(".meeting-grid input[name=content]", Keys.ENTER);
            guest.find(".meeting-grid .message", "Welcome, Gus");
            host.screenshot("meeting");
        }
    }

    /** Writes {@code text} in the open conversation's composer and sends it with Enter. */
    private static void send(Browser browser, String text) {
        browser.typeInto(".composer textarea", text, Keys.ENTER);
    }

    /** From the People screen: the direct conversation with a contact. */
    private static void openChat(Browser browser, String username) {
        browser.click(".person[data-username='" + username + "'] button", "Message");
        browser.find(".conversation-view .composer");
    }

    private static void verifyByMailedCode(Browser browser, String email) {
        browser.fill(".banner input[name=code]", mailed(email, VERIFY_CODE));
        browser.click(".banner button", "Verify");
        browser.gone(".banner", "Confirm");
    }

    /**
     * Skips a scenario whose API is not in this build yet (an unknown route answers 404 before authentication, a
     * known one 401), so the scenario runs by itself once the feature is merged.
     */
    private static void assumeApi(String method, String path, String feature) {
        int status = node.client().send(method, path, null, null, Map.of()).status();
        Assumptions.assumeTrue(status != 404, "needs " + feature + ": runs once it is merged (" + method + " " + path + " is 404 here)");
    }

    private static void register(Browser browser, String username, String displayName) {
        browser.open("/#/register");
        browser.fill("input[name=email]", username + "@example.com");
        browser.fill("input[name=username]", username);
        browser.fill("input[name=display_name]", displayName);
        browser.fill("input[name=password]", "correct horse battery");
        browser.click("button", "Create account");
        browser.find(".topbar .me");
        browser.find("#live-status", "Live");
    }

    private static void signIn(Browser browser, String login, String password) {
        browser.fill("input[name=login]", login);
        browser.fill("input[name=password]", password);
        browser.click("button", "Sign in");
    }

    /** {@code asker} finds {@code username} in People and asks; the other accepts in their People screen. */
    private static void becomeContacts(Browser asker, String username, Browser other) {
        asker.click("a", "People");
        asker.fill("input[type=search]", username);
        asker.click(".person[data-username='" + username + "'] button", "Add contact");
        asker.find(".toast", "Request sent");
        other.click("a", "People");
        other.find(".person button", "Accept");
        other.screenshot("people");
        other.click(".person button", "Accept");
        other.find("[aria-label=Contacts] .person button", "Message");
        asker.open("/#/people");
        asker.find("[aria-label=Contacts] .person[data-username='" + username + "']");
    }

    /** Group 1 of {@code pattern} in the newest mail to {@code email} that has it, as printed in the server log. */
    private static String mailed(String email, Pattern pattern) {
        // the mail dispatcher writes the log on its own thread a moment after the request
        return Await.value(() -> newestLogged(email, pattern), Duration.ofSeconds(15),
                "a mail to " + email + " matching " + pattern + " in the log");
    }

    private static Optional<String> newestLogged(String email, Pattern pattern) {
        List<ILoggingEvent> logged = List.copyOf(mails.list);
        for (int i = logged.size() - 1; i >= 0; i--) {
            String message = logged.get(i).getFormattedMessage();
            Matcher found = pattern.matcher(message);
            if (message.contains("to=" + email) && found.find()) {
                return Optional.of(found.group(1));
            }
        }
        return Optional.empty();
    }

    private static String tinyPng() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("parley-web", ".png");
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(400, 260, java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    image.setRGB(x, y, (x * 255 / 400) << 16 | (y * 255 / 260) << 8 | 0xc0);
                }
            }
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            return file.toString();
        } catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }
}
