package dev.parley.bootstrap.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.Calls;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One reachability policy, seen from calls and conversations: blocks both ways, privacy settings, contacts. */
class ReachabilityIT {
    static final FakeLiveKit liveKit = new FakeLiveKit();
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(liveKit.environment()).closing(liveKit);
    static final ApiClient api = node.client();

    @Test
    void a_block_in_either_direction_stops_calls_with_blocked() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        Steps.block(api, bob, ada);

        Response adaCalls = Calls.place(api, ada, bob, "audio");
        Response bobCalls = Calls.place(api, bob, ada, "audio");

        assertThat(adaCalls.status()).isEqualTo(403);
        assertThat(adaCalls.errorCode()).isEqualTo("blocked");
        assertThat(bobCalls.status()).isEqualTo(403);
        assertThat(bobCalls.errorCode()).isEqualTo("blocked");
        assertThat(Calls.ids(api.get("/api/v1/calls", ada.accessToken()))).isEmpty();
    }

    @Test
    void contacts_only_calls_refuse_strangers_until_they_are_contacts() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        Steps.privacy(api, bob, Map.of("who_can_call", "contacts"));

        Response stranger = Calls.place(api, ada, bob, "video");
        Steps.befriend(api, ada, bob);
        Response contact = Calls.place(api, ada, bob, "video");

        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.errorCode()).isEqualTo("privacy_restricted");
        assertThat(contact.status()).isEqualTo(201);
    }

    @Test
    void a_block_stops_direct_creation_and_posting_and_adding_to_groups() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser cyd = Accounts.register(api);
        Steps.block(api, bob, ada);

        Response create = Steps.direct(api, ada, bob);
        Response reverse = Steps.direct(api, bob, ada);
        Response group = api.post("/api/v1/conversations",
                Map.of("type", "group", "name", "Friends", "participant_ids", List.of(bob.id(), cyd.id())),
                ada.accessToken());
        String existing = api.post("/api/v1/conversations",
                Map.of("type", "group", "name", "Work", "participant_ids", List.of(cyd.id())), ada.accessToken())
                .json().path("id").asText();
        Response add = api.post("/api/v1/conversations/" + existing + "/participants",
                Map.of("user_ids", List.of(bob.id())), ada.accessToken());

        assertThat(List.of(create, reverse, group, add)).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.errorCode()).isEqualTo("blocked");
        });
        assertThat(api.get("/api/v1/conversations/" + existing, ada.accessToken()).json().path("participant_count").asInt())
                .as("a refused add changes nothing").isEqualTo(2);
    }

    @Test
    void nobody_may_message_a_user_who_takes_no_messages_not_even_a_contact() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        Steps.befriend(api, ada, bob);
        String conversation = Steps.direct(api, ada, bob).json().path("id").asText();
        Steps.privacy(api, bob, Map.of("who_can_message", "nobody"));

        Response create = Steps.direct(api, ada, bob);
        Response post = Steps.send(api, ada, conversation, "hello?");

        assertThat(create.status()).isEqualTo(403);
        assertThat(create.errorCode()).isEqualTo("privacy_restricted");
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.errorCode()).isEqualTo("privacy_restricted");
        assertThat(Steps.messages(api, ada, conversation)).isEmpty();
    }

    @Test
    void after_a_block_the_direct_conversation_is_read_only_while_a_shared_group_keeps_working() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String direct = Steps.direct(api, ada, bob).json().path("id").asText();
        Steps.send(api, ada, direct, "before");
        String group = api.post("/api/v1/conversations",
                Map.of("type", "group", "name", "Both", "participant_ids", List.of(bob.id())), ada.accessToken())
                .json().path("id").asText();

        Steps.block(api, ada, bob);

        Response blockedPost = Steps.send(api, bob, direct, "after");
        Response blockerPost = Steps.send(api, ada, direct, "after");
        assertThat(blockedPost.status()).isEqualTo(403);
        assertThat(blockedPost.errorCode()).isEqualTo("blocked");
        assertThat(blockerPost.status()).isEqualTo(403);
        assertThat(blockerPost.errorCode()).isEqualTo("blocked");
        assertThat(Steps.messages(api, bob, direct)).extracting(message -> message.path("content").asText())
                .as("history stays readable").containsExactly("before");
        assertThat(Steps.send(api, bob, group, "still here").status()).isEqualTo(201);
        assertThat(Steps.send(api, ada, group, "me too").status()).isEqualTo(201);
    }
}
