package dev.parley.bootstrap.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.Calls;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.domain.conversation.event.MessageCreated;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every finished call leaves a system line in the pair's direct conversation, whatever else happens. */
class CallNoticesIT {
    static final FakeLiveKit liveKit = new FakeLiveKit();
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(liveKit.environment())
            .and(Map.of("PARLEY_CALL_RING_TIMEOUT_SECONDS", "1")).closing(liveKit);
    static final ApiClient api = node.client();
    static final List<MessageCreated> created = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void recordCreatedMessages() {
        node.parley().component().events().listen(event -> {
            if (event instanceof MessageCreated message) {
                created.add(message);
            }
        });
    }

    @Test
    void a_missed_then_an_ended_call_leave_system_messages_in_a_direct_conversation_created_for_them() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String missed = Calls.placed(api, ada, bob);
        Await.until(() -> status(missed, bob).equals("missed"), Duration.ofSeconds(10), "the unanswered call is missed");

        String ended = Calls.placed(api, ada, bob);
        assertThat(Calls.act(api, ended, "accept", bob.accessToken()).status()).isEqualTo(200);
        assertThat(Calls.act(api, ended, "end", bob.accessToken()).status()).isEqualTo(200);

        ApiClient.Response direct = Steps.direct(api, bob, ada);
        assertThat(direct.status()).as("the notice created the conversation already").isEqualTo(200);
        List<JsonNode> messages = Steps.messages(api, bob, direct.json().path("id").asText());
        assertThat(messages).extracting(message -> message.path("type").asText()).containsExactly("system", "system");
        assertThat(messages).extracting(message -> message.path("sender_id").asText()).containsOnly(ada.id());
        assertThat(messages).extracting(message -> message.path("seq").asLong()).containsExactly(1L, 2L);
        assertThat(messages.get(0).path("content").asText()).isEqualTo("Missed video call");
        assertThat(messages.get(1).path("content").asText()).startsWith("Video call · ").endsWith(" s");
        assertThat(created).as("message.created is published for each line, after commit")
                .extracting(event -> event.message().id().value().toString())
                .contains(messages.get(0).path("id").asText(), messages.get(1).path("id").asText());
    }

    @Test
    void declined_and_cancelled_calls_continue_an_existing_conversation_after_its_messages() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String conversation = Steps.direct(api, ada, bob).json().path("id").asText();
        Steps.send(api, ada, conversation, "call me?");

        Calls.act(api, Calls.placed(api, bob, ada), "decline", ada.accessToken());
        ApiClient.Response audio = Calls.place(api, ada, bob, "audio");
        Calls.act(api, audio.json().path("id").asText(), "cancel", ada.accessToken());

        List<JsonNode> messages = Steps.messages(api, ada, conversation);
        assertThat(messages).extracting(message -> message.path("content").asText())
                .containsExactly("call me?", "Declined video call", "Cancelled audio call");
        assertThat(messages).extracting(message -> message.path("seq").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(messages.get(1).path("sender_id").asText()).as("the caller sends the notice").isEqualTo(bob.id());
    }

    @Test
    void a_callee_who_takes_no_messages_still_gets_the_line_and_the_call_still_finishes() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        Steps.privacy(api, bob, Map.of("who_can_message", "nobody"));

        String callId = Calls.placed(api, ada, bob);
        ApiClient.Response declined = Calls.act(api, callId, "decline", bob.accessToken());

        assertThat(declined.status()).isEqualTo(200);
        assertThat(status(callId, ada)).isEqualTo("declined");
        assertThat(Steps.direct(api, ada, bob).errorCode()).isEqualTo("privacy_restricted");
        String conversation = Steps.direct(api, bob, ada).json().path("id").asText();
        assertThat(Steps.messages(api, bob, conversation)).extracting(message -> message.path("content").asText())
                .containsExactly("Declined video call");
    }

    private static String status(String callId, SignedInUser party) {
        return api.get("/api/v1/calls/" + callId, party.accessToken()).json().path("status").asText();
    }
}
