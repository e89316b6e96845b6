package dev.parley.bootstrap.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Creating, listing, reading, renaming and deleting conversations over HTTP, including every rejection. */
class ConversationsIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_GROUP_MAX_SIZE", "4"));
    private static final ApiClient api = node.client();

    @Test
    void direct_conversation_is_created_once_per_pair_and_returned_with_200_afterwards() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);

        Response first = api.post("/api/v1/conversations", Map.of("type", "direct", "participant_id", bob.id()), alice.accessToken());
        Response again = api.post("/api/v1/conversations", Map.of("participant_id", bob.id()), alice.accessToken());
        Response fromBob = api.post("/api/v1/conversations", Map.of("participant_id", alice.id()), bob.accessToken());

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("type").asText()).isEqualTo("direct");
        assertThat(first.json().path("participant_count").asInt()).isEqualTo(2);
        assertThat(first.json().path("last_seq").asLong()).isZero();
        assertThat(first.json().has("last_message")).isTrue();
        assertThat(again.status()).isEqualTo(200);
        assertThat(fromBob.status()).isEqualTo(200);
        assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(fromBob.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
    }

    @Test
    void direct_conversation_rejects_self_unknown_and_malformed_participants() {
        SignedInUser alice = Accounts.register(api);

        assertThat(api.post("/api/v1/conversations", Map.of("participant_id", alice.id()), alice.accessToken()).errorCode())
                .isEqualTo("validation_failed");
        assertThat(api.post("/api/v1/conversations", Map.of("participant_id", UUID.randomUUID().toString()),
                alice.accessToken()).errorCode()).isEqualTo("validation_failed");
        Response malformed = api.post("/api/v1/conversations", Map.of("participant_id", "nope"), alice.accessToken());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("error").path("details").get(0).path("field").asText()).isEqualTo("participant_id");
        assertThat(api.post("/api/v1/conversations", Map.of("type", "circle"), alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/conversations", "{", alice.accessToken()).errorCode()).isEqualTo("malformed_json");
        assertThat(api.post("/api/v1/conversations", Map.of(), alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/conversations", Map.of("participant_id", alice.id()), null).status()).isEqualTo(401);
    }

    @Test
    void group_is_created_with_the_creator_as_owner_and_respects_the_size_limit() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);

        Response created = api.post("/api/v1/conversations", Map.of("name", "Friends",
                "participant_ids", List.of(bob.id(), carol.id())), alice.accessToken());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("type").asText()).isEqualTo("group");
        assertThat(created.json().path("name").asText()).isEqualTo("Friends");
        assertThat(created.json().path("created_by").asText()).isEqualTo(alice.id());
        assertThat(created.json().path("participant_count").asInt()).isEqualTo(3);
        JsonNode participants = api.get("/api/v1/conversations/" + created.json().path("id").asText() + "/participants",
                bob.accessToken()).json().path("items");
        Map<String, String> roles = new HashMap<>();
        participants.forEach(p -> roles.put(p.path("user_id").asText(), p.path("role").asText()));
        assertThat(roles).containsEntry(alice.id(), "owner").containsEntry(bob.id(), "member").containsEntry(carol.id(), "member");

        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tooMany.add(Accounts.register(api).id());
        }
        assertThat(api.post("/api/v1/conversations", Map.of("name", "Crowd", "participant_ids", tooMany),
                alice.accessToken()).errorCode()).isEqualTo("conflict");
        assertThat(api.post("/api/v1/conversations", Map.of("type", "group", "participant_ids", List.of(bob.id())),
                alice.accessToken()).errorCode()).isEqualTo("validation_failed");
        assertThat(api.post("/api/v1/conversations", Map.of("name", "X", "participant_ids", List.of(UUID.randomUUID().toString())),
                alice.accessToken()).errorCode()).isEqualTo("validation_failed");
    }

    @Test
    void get_answers_participants_only_404_for_missing_and_400_for_malformed_ids() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser mallory = Accounts.register(api);
        String id = Chats.direct(api, alice, bob);

        Response read = api.get("/api/v1/conversations/" + id, bob.accessToken());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("unread_count").asLong()).isZero();
        assertThat(read.json().path("last_read_seq").asLong()).isZero();
        assertThat(api.get("/api/v1/conversations/" + id, mallory.accessToken()).errorCode()).isEqualTo("not_a_participant");
        assertThat(api.get("/api/v1/conversations/" + id + "/participants", mallory.accessToken()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/conversations/" + UUID.randomUUID(), alice.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/conversations/not-a-uuid", alice.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void list_is_most_recent_activity_first_with_last_message_unread_count_and_keyset_pages() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        String withBob = Chats.direct(api, alice, bob);
        String withCarol = Chats.direct(api, alice, carol);
        String group = Chats.group(api, alice, "group", bob, carol);
        Chats.sent(api, bob, withBob, "hi alice");
        Chats.sent(api, bob, withBob, "are you there?");
        Chats.sent(api, alice, withCarol, "hello carol");

        JsonNode first = api.get("/api/v1/conversations?limit=2", alice.accessToken()).json();
        JsonNode items = first.path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("id").asText()).isEqualTo(withCarol);
        assertThat(items.get(0).path("unread_count").asLong()).isZero();
        assertThat(items.get(1).path("id").asText()).isEqualTo(withBob);
        assertThat(items.get(1).path("unread_count").asLong()).isEqualTo(2);
        assertThat(items.get(1).path("last_message").path("content").asText()).isEqualTo("are you there?");
        String cursor = first.path("next_cursor").asText();
        JsonNode second = api.get("/api/v1/conversations?limit=2&cursor=" + cursor, alice.accessToken()).json();
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("id").asText()).isEqualTo(group);
        assertThat(second.path("next_cursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/conversations?cursor=garbage!", alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/conversations?limit=0", alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/conversations?limit=abc", alice.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void owner_and_admins_rename_members_cannot_and_direct_conversations_cannot_be_renamed() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String group = Chats.group(api, alice, "group", bob);
        String direct = Chats.direct(api, alice, bob);

        Response renamed = api.patch("/api/v1/conversations/" + group, Map.of("name", "Renamed", "topic", "plans"), alice.accessToken());
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().path("name").asText()).isEqualTo("Renamed");
        assertThat(renamed.json().path("topic").asText()).isEqualTo("plans");
        assertThat(api.patch("/api/v1/conversations/" + group, Map.of("name", "Mine"), bob.accessToken()).errorCode()).isEqualTo("forbidden");
        assertThat(api.patch("/api/v1/conversations/" + group, Map.of("name", " "), alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/conversations/" + group, Map.of("avatar_file_id", UUID.randomUUID().toString()),
                alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/conversations/" + direct, Map.of("name", "Us"), alice.accessToken()).errorCode()).isEqualTo("conflict");
        assertThat(api.get("/api/v1/conversations/" + group, bob.accessToken()).json().path("name").asText()).isEqualTo("Renamed");
    }

    @Test
    void owner_deletes_a_group_participants_lose_access_and_direct_cannot_be_deleted() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String group = Chats.group(api, alice, "group", bob);
        String message = Chats.sent(api, bob, group, "before the end");
        String direct = Chats.direct(api, alice, bob);

        assertThat(api.delete("/api/v1/conversations/" + group, bob.accessToken()).errorCode()).isEqualTo("forbidden");
        assertThat(api.delete("/api/v1/conversations/" + direct, alice.accessToken()).errorCode()).isEqualTo("forbidden");
        assertThat(api.delete("/api/v1/conversations/" + group, alice.accessToken()).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/conversations/" + group, bob.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/conversations/" + group + "/messages", bob.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/messages/" + message, bob.accessToken()).status()).isEqualTo(404);
        assertThat(Chats.send(api, alice, group, "anyone?").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/conversations", bob.accessToken()).json().path("items").toString()).doesNotContain(group);
    }
}
