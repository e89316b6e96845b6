package dev.parley.examples.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.bootstrap.ConfigLoader;
import dev.parley.bootstrap.Parley;
import dev.parley.examples.client.api.AccountsApi;
import dev.parley.examples.client.api.ConversationsApi;
import dev.parley.examples.client.api.MessagesApi;
import dev.parley.examples.client.api.PeopleApi;
import dev.parley.examples.client.api.RealtimeApi;
import dev.parley.examples.client.model.ChatMessage;
import dev.parley.examples.client.model.ChatMessagePage;
import dev.parley.examples.client.model.ContactRequest;
import dev.parley.examples.client.model.Conversation;
import dev.parley.examples.client.model.CreateConversationRequest;
import dev.parley.examples.client.model.Error;
import dev.parley.examples.client.model.ErrorCode;
import dev.parley.examples.client.model.RegisterRequest;
import dev.parley.examples.client.model.SendContactRequestRequest;
import dev.parley.examples.client.model.SendMessageRequest;
import dev.parley.examples.client.model.SignedIn;
import dev.parley.examples.client.model.SyncChanges200Response;
import dev.parley.persistence.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java client generated from the committed OpenAPI document works against a real node: with nothing but that
 * client, two users register, become contacts, open a direct conversation, send and page messages and catch up
 * through {@code /sync}. If the document lied about a path, a body or a status, this would not compile or not pass.
 */
class GeneratedClientIT {
    private static Parley node;
    private static String baseUri;

    @BeforeAll
    static void startNode() throws IOException {
        node = Parley.start(ConfigLoader.load(Map.of(
                "PARLEY_ENV", "test",
                "PARLEY_HTTP_PORT", "0",
                "PARLEY_DATA_DIR", Files.createTempDirectory("parley-generated-client").toString(),
                "PARLEY_DATABASE_URL", TestDatabases.freshUrl(),
                "PARLEY_JWT_SECRET", "generated-client-test-secret-0123456789abcdef",
                "PARLEY_PASSWORD_HASH_MEMORY_KIB", "64",
                "PARLEY_PASSWORD_HASH_ITERATIONS", "1")), Parley.systemClock());
        baseUri = "http://127.0.0.1:" + node.port();
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void two_users_become_contacts_chat_page_their_history_and_catch_up_with_only_the_generated_client() throws Exception {
        SignedIn ada = register("ada");
        SignedIn bob = register("bob");
        ApiClient asAda = signedIn(ada);
        ApiClient asBob = signedIn(bob);

        ContactRequest asked = new PeopleApi(asAda).sendContactRequest(
                new SendContactRequestRequest().userId(bob.getUser().getId()).message("Hi Bob, it is Ada"));
        assertThat(asked.getStatus()).isEqualTo(ContactRequest.StatusEnum.PENDING);
        List<ContactRequest> incoming = new PeopleApi(asBob).listContactRequests("incoming", null, null).getItems();
        assertThat(incoming).extracting(ContactRequest::getId).containsExactly(asked.getId());
        assertThat(new PeopleApi(asBob).acceptContactRequest(asked.getId()).getStatus()).isEqualTo(ContactRequest.StatusEnum.ACCEPTED);
        assertThat(new PeopleApi(asAda).listContacts(null, null).getItems())
                .extracting(contact -> contact.getUser().getId()).containsExactly(bob.getUser().getId());

        String since = new RealtimeApi(asBob).syncChanges(null).getNextSince();
        Conversation chat = new ConversationsApi(asAda).createConversation(
                new CreateConversationRequest().participantId(bob.getUser().getId()));
        assertThat(chat.getType()).isEqualTo(Conversation.TypeEnum.DIRECT);
        MessagesApi adaMessages = new MessagesApi(asAda);
        ChatMessage last = null;
        for (int i = 1; i <= 5; i++) {
            last = adaMessages.sendMessage(chat.getId(), new SendMessageRequest().content("hello " + i).clientMsgId("m-" + i));
        }
        ChatMessage retried = adaMessages.sendMessage(chat.getId(), new SendMessageRequest().content("hello 5").clientMsgId("m-5"));
        assertThat(retried.getId()).isEqualTo(last.getId());

        List<String> pages = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        String cursor = null;
        do {
            ChatMessagePage page = new MessagesApi(asBob).listMessages(chat.getId(), 2, cursor, null, null);
            pages.add(String.valueOf(page.getItems().size()));
            page.getItems().forEach(message -> contents.add(message.getContent()));
            cursor = page.getNextCursor();
        } while (cursor != null);
        assertThat(contents).containsExactly("hello 5", "hello 4", "hello 3", "hello 2", "hello 1");
        assertThat(pages).containsExactly("2", "2", "1");

        long lastSeq = last.getSeq();
        SyncChanges200Response changes = new RealtimeApi(asBob).syncChanges(since);
        assertThat(changes.getReset()).isFalse();
        assertThat(changes.getConversations()).anySatisfy(conversation -> {
            assertThat(conversation.getId()).isEqualTo(chat.getId());
            assertThat(conversation.getLastSeq()).isEqualTo(lastSeq);
        });
        assertThat(changes.getNextSince()).isNotBlank();
    }

    @Test
    void a_refused_request_surfaces_the_error_envelope_as_the_generated_error_model() throws Exception {
        ApiClient asAda = signedIn(register("ada"));
        Conversation notes = new ConversationsApi(asAda).createConversation(
                new CreateConversationRequest().participantId(register("bob").getUser().getId()));

        assertThatThrownBy(() -> new MessagesApi(asAda).sendMessage(notes.getId(), new SendMessageRequest().content("   ")))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(400);
                    Error envelope = read(asAda, refused.getResponseBody());
                    assertThat(envelope.getError().getCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(envelope.getError().getDetails()).extracting(detail -> detail.getField()).contains("content");
                });
    }

    private static SignedIn register(String name) throws ApiException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new AccountsApi(anonymous()).register(new RegisterRequest().email(name + "-" + suffix + "@example.com")
                .username(name + "_" + suffix).password("correct horse battery"));
    }

    private static ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        return client;
    }

    private static ApiClient signedIn(SignedIn user) {
        String bearer = "Bearer " + user.getTokens().getAccessToken();
        return anonymous().setRequestInterceptor(request -> request.header("Authorization", bearer));
    }

    private static Error read(ApiClient client, String body) {
        try {
            return client.getObjectMapper().readValue(body, Error.class);
        } catch (IOException failure) {
            throw new AssertionError(failure);
        }
    }
}
