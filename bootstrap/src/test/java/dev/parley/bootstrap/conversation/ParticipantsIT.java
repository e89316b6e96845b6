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

/** Membership over HTTP: adding, removing, roles, leaving, ownership transfer, broadcasts and system messages. */
class ParticipantsIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_GROUP_MAX_SIZE", "4"));
    private static final ApiClient api = node.client();

    @Test
    void owner_adds_participants_and_each_addition_is_a_system_message_with_its_own_seq() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        SignedInUser dave = Accounts.register(api);
        String id = Chats.group(api, alice, "group", bob);

        Response added = api.post(participants(id), Map.of("user_ids", List.of(carol.id(), dave.id(), bob.id())), alice.accessToken());

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().path("items")).hasSize(4);
        JsonNode history = api.get("/api/v1/conversations/" + id + "/messages?after_seq=0", carol.accessToken()).json().path("items");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("type").asText()).isEqualTo("system");
        assertThat(history.get(0).path("seq").asLong()).isEqualTo(1);
        assertThat(history.get(0).path("sender_id").asText()).isEqualTo(alice.id());
        assertThat(history.get(0).path("content").asText()).isEqualTo(alice.username() + " added " + carol.username());
        assertThat(history.get(1).path("content").asText()).isEqualTo(alice.username() + " added " + dave.username());
        assertThat(Chats.send(api, carol, id, "hello all").json().path("seq").asLong()).isEqualTo(3);
        assertThat(api.get("/api/v1/conversations/" + id, alice.accessToken()).json().path("participant_count").asInt()).isEqualTo(4);
    }

    @Test
    void adding_is_for_owner_and_admins_within_the_size_limit_and_never_in_direct_conversations() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        String id = Chats.group(api, alice, "group", bob);
        String direct = Chats.direct(api, alice, bob);

        assertThat(api.post(participants(id), Map.of("user_ids", List.of(carol.id())), bob.accessToken()).errorCode()).isEqualTo("forbidden");
        assertThat(api.post(participants(id), Map.of("user_ids", List.of(UUID.randomUUID().toString())), alice.accessToken()).errorCode())
                .isEqualTo("validation_failed");
        assertThat(api.post(participants(id), Map.of("user_ids", List.of()), alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.post(participants(id), Map.of("user_ids", List.of("bad")), alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.post(participants(direct), Map.of("user_ids", List.of(carol.id())), alice.accessToken()).errorCode()).isEqualTo("conflict");
        List<String> three = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            three.add(Accounts.register(api).id());
        }
        assertThat(api.post(participants(id), Map.of("user_ids", three), alice.accessToken()).errorCode()).isEqualTo("conflict");
        assertThat(api.get(participants(id), alice.accessToken()).json().path("items")).hasSize(2);
    }

    @Test
    void owner_promotes_an_admin_who_removes_members_but_not_admins_or_the_owner() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        SignedInUser dave = Accounts.register(api);
        String id = Chats.group(api, alice, "group", bob, carol, dave);

        assertThat(api.patch(participant(id, bob), Map.of("role", "admin"), carol.accessToken()).errorCode()).isEqualTo("forbidden");
        Response promoted = api.patch(participant(id, bob), Map.of("role", "admin"), alice.accessToken());
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().path("role").asText()).isEqualTo("admin");
        assertThat(api.patch(participant(id, carol), Map.of("role", "king"), alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.patch(participant(id, alice), Map.of("role", "member"), alice.accessToken()).errorCode()).isEqualTo("conflict");

        assertThat(api.delete(participant(id, alice), bob.accessToken()).errorCode()).isEqualTo("forbidden");
        assertThat(api.delete(participant(id, dave), carol.accessToken()).errorCode()).isEqualTo("forbidden");
        assertThat(api.delete(participant(id, dave), bob.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/conversations/" + id, dave.accessToken()).errorCode()).isEqualTo("not_a_participant");
        assertThat(api.delete(participant(id, dave), bob.accessToken()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/conversations/" + id + "/participants/nope", bob.accessToken()).status()).isEqualTo(400);
        assertThat(api.delete(participant(id, bob), alice.accessToken()).status()).isEqualTo(204);
        assertThat(roles(id, alice)).containsOnlyKeys(alice.id(), carol.id());
    }

    @Test
    void giving_someone_the_owner_role_hands_over_ownership() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String id = Chats.group(api, alice, "group", bob);

        assertThat(api.patch(participant(id, bob), Map.of("role", "owner"), alice.accessToken()).status()).isEqualTo(200);

        assertThat(roles(id, bob)).containsEntry(bob.id(), "owner").containsEntry(alice.id(), "admin");
        assertThat(api.delete("/api/v1/conversations/" + id, alice.accessToken()).errorCode()).isEqualTo("forbidden");
    }

    @Test
    void when_the_owner_leaves_the_longest_standing_admin_owns_else_the_longest_standing_member() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        String id = Chats.group(api, alice, "group", bob, carol);
        api.patch(participant(id, carol), Map.of("role", "admin"), alice.accessToken());

        assertThat(api.post("/api/v1/conversations/" + id + "/leave", null, alice.accessToken()).status()).isEqualTo(204);
        assertThat(roles(id, bob)).containsEntry(carol.id(), "owner").containsEntry(bob.id(), "member").doesNotContainKey(alice.id());
        assertThat(api.get("/api/v1/conversations/" + id + "/messages", alice.accessToken()).errorCode()).isEqualTo("not_a_participant");
        JsonNode last = api.get("/api/v1/conversations/" + id + "/messages?limit=2", bob.accessToken()).json().path("items");
        assertThat(last.get(0).path("content").asText()).isEqualTo(carol.username() + " is now the owner");
        assertThat(last.get(1).path("content").asText()).isEqualTo(alice.username() + " left");

        assertThat(api.post("/api/v1/conversations/" + id + "/leave", null, carol.accessToken()).status()).isEqualTo(204);
        assertThat(roles(id, bob)).containsEntry(bob.id(), "owner");
        assertThat(api.post("/api/v1/conversations/" + id + "/leave", null, bob.accessToken()).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/conversations/" + id + "/leave", null, bob.accessToken()).errorCode()).isEqualTo("not_a_participant");
    }

    @Test
    void direct_conversations_cannot_be_left_and_members_leave_groups_by_removing_themselves() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String direct = Chats.direct(api, alice, bob);
        String group = Chats.group(api, alice, "group", bob);

        assertThat(api.post("/api/v1/conversations/" + direct + "/leave", null, bob.accessToken()).errorCode()).isEqualTo("conflict");
        assertThat(api.delete(participant(group, bob), bob.accessToken()).status()).isEqualTo(204);
        assertThat(roles(group, alice)).containsOnlyKeys(alice.id());
        assertThat(api.post("/api/v1/conversations/" + UUID.randomUUID() + "/leave", null, bob.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void in_broadcasts_only_owner_and_admins_post_and_members_read() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        String id = Chats.group(api, alice, "broadcast", bob, carol);

        assertThat(Chats.send(api, alice, id, "announcement").status()).isEqualTo(201);
        assertThat(Chats.send(api, bob, id, "reply").errorCode()).isEqualTo("forbidden");
        api.patch(participant(id, bob), Map.of("role", "admin"), alice.accessToken());
        assertThat(Chats.send(api, bob, id, "admin news").status()).isEqualTo(201);
        assertThat(api.get("/api/v1/conversations/" + id + "/messages", carol.accessToken()).json().path("items").size()).isEqualTo(3);
    }

    @Test
    void group_admins_delete_others_messages_but_members_do_not() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        String id = Chats.group(api, alice, "group", bob, carol);
        String bobs = Chats.sent(api, bob, id, "spam");

        assertThat(api.delete("/api/v1/messages/" + bobs, carol.accessToken()).errorCode()).isEqualTo("forbidden");
        assertThat(api.delete("/api/v1/messages/" + bobs, alice.accessToken()).json().path("content").isNull()).isTrue();
        // Moderation (issue 12): the author alone cannot undo it; the owner who deleted it can.
        assertThat(api.post("/api/v1/messages/" + bobs + "/restore", null, bob.accessToken()).errorCode()).isEqualTo("forbidden");
        assertThat(api.post("/api/v1/messages/" + bobs + "/restore", null, alice.accessToken()).json().path("content")
                .asText()).isEqualTo("spam");
    }

    private static Map<String, String> roles(String id, SignedInUser viewer) {
        Map<String, String> roles = new HashMap<>();
        api.get(participants(id), viewer.accessToken()).json().path("items")
                .forEach(p -> roles.put(p.path("user_id").asText(), p.path("role").asText()));
        return roles;
    }

    private static String participants(String id) {
        return "/api/v1/conversations/" + id + "/participants";
    }

    private static String participant(String id, SignedInUser user) {
        return participants(id) + "/" + user.id();
    }
}
