package dev.parley.bootstrap.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.Sockets;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.Uploads;
import dev.parley.bootstrap.support.WsClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Files on messages (REST and WebSocket), who may read them as messages come and go, and avatars. */
class AttachmentsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withDefaults();
    private static final ApiClient api = node.client();

    @Test
    void a_message_with_only_files_is_a_file_message_that_every_view_shows_with_the_full_file_objects() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String chat = direct(alice, bob);
        JsonNode photo = upload(alice, Uploads.png(20, 10), "image/png", "cat.png");
        JsonNode note = upload(alice, "notes".getBytes(StandardCharsets.UTF_8), "text/plain", "notes.txt");

        Response sent = send(alice, chat, null, List.of(photo.path("id").asText(), note.path("id").asText()));

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().path("type").asText()).isEqualTo("file");
        assertThat(sent.json().path("content").isNull()).isTrue();
        JsonNode attachments = sent.json().path("attachments");
        assertThat(attachments).hasSize(2);
        assertThat(attachments.get(0).path("id").asText()).isEqualTo(photo.path("id").asText());
        assertThat(attachments.get(0).path("width").asInt()).isEqualTo(20);
        assertThat(attachments.get(1).path("name").asText()).isEqualTo("notes.txt");
        assertThat(attachments.get(1).path("url").asText()).startsWith("/api/v1/files/");

        JsonNode history = api.get("/api/v1/conversations/" + chat + "/messages", bob.accessToken()).json();
        assertThat(history.path("items").get(0).path("attachments")).hasSize(2);
        assertThat(history.path("items").get(0).path("attachments").get(1).path("sha256").asText())
                .isEqualTo(note.path("sha256").asText());
        JsonNode caughtUp = api.get("/api/v1/conversations/" + chat + "/messages?after_seq=0", bob.accessToken()).json();
        assertThat(caughtUp.path("items").get(0).path("attachments")).hasSize(2);
        JsonNode single = api.get("/api/v1/messages/" + sent.json().path("id").asText(), bob.accessToken()).json();
        assertThat(single.path("attachments")).hasSize(2);
        JsonNode list = api.get("/api/v1/conversations", bob.accessToken()).json();
        assertThat(list.path("items").get(0).path("last_message").path("attachments")).hasSize(2);

        Response withText = send(alice, chat, "look at this", List.of(photo.path("id").asText()));
        assertThat(withText.json().path("type").asText()).isEqualTo("text");
        JsonNode found = api.get("/api/v1/conversations/" + chat + "/messages/search?q=look", bob.accessToken()).json();
        assertThat(found.path("items").get(0).path("attachments").get(0).path("name").asText()).isEqualTo("cat.png");
    }

    @Test
    void participants_read_attached_files_until_the_message_is_deleted_and_again_once_it_is_restored() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        String chat = direct(alice, bob);
        JsonNode file = upload(alice, "for bob".getBytes(StandardCharsets.UTF_8), "text/plain", "bob.txt");
        String path = "/api/v1/files/" + file.path("id").asText();

        assertThat(Uploads.get(api, path, bob.accessToken(), Map.of()).status()).isEqualTo(404);
        String message = send(alice, chat, "here", List.of(file.path("id").asText())).json().path("id").asText();
        assertThat(Uploads.get(api, path, bob.accessToken(), Map.of()).status()).isEqualTo(200);
        assertThat(Uploads.get(api, path, carol.accessToken(), Map.of()).status()).isEqualTo(404);

        JsonNode deleted = api.delete("/api/v1/messages/" + message, alice.accessToken()).json();
        assertThat(deleted.path("attachments")).isEmpty();
        assertThat(Uploads.get(api, path, bob.accessToken(), Map.of()).status()).isEqualTo(404);
        assertThat(Uploads.get(api, path, alice.accessToken(), Map.of()).status()).isEqualTo(200);

        JsonNode restored = api.post("/api/v1/messages/" + message + "/restore", null, alice.accessToken()).json();
        assertThat(restored.path("attachments")).hasSize(1);
        assertThat(Uploads.get(api, path, bob.accessToken(), Map.of()).status()).isEqualTo(200);

        JsonNode edited = api.patch("/api/v1/messages/" + message, Map.of("content", "here it is"), alice.accessToken()).json();
        assertThat(edited.path("attachments")).hasSize(1);
    }

    @Test
    void a_deleted_file_shows_as_deleted_in_the_messages_that_carried_it() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String chat = direct(alice, bob);
        JsonNode file = upload(alice, "soon gone".getBytes(StandardCharsets.UTF_8), "text/plain", "gone.txt");
        send(alice, chat, "see", List.of(file.path("id").asText()));

        assertThat(api.delete("/api/v1/files/" + file.path("id").asText(), alice.accessToken()).status()).isEqualTo(204);

        JsonNode attachment = api.get("/api/v1/conversations/" + chat + "/messages", bob.accessToken()).json()
                .path("items").get(0).path("attachments").get(0);
        assertThat(attachment.path("id").asText()).isEqualTo(file.path("id").asText());
        assertThat(attachment.path("deleted").asBoolean()).isTrue();
        assertThat(attachment.has("url")).isFalse();
    }

    @Test
    void files_of_others_unknown_ids_repeats_and_more_than_ten_files_are_refused_and_nothing_is_sent() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String chat = direct(alice, bob);
        String bobsFile = upload(bob, "mine".getBytes(StandardCharsets.UTF_8), "text/plain", "b.txt").path("id").asText();
        String alicesFile = upload(alice, "mine".getBytes(StandardCharsets.UTF_8), "text/plain", "a.txt").path("id").asText();

        assertThat(send(alice, chat, "x", List.of(bobsFile)).errorCode()).isEqualTo("validation_failed");
        assertThat(send(alice, chat, "x", List.of("0190a5a0-0000-7000-8000-000000000000")).status()).isEqualTo(400);
        assertThat(send(alice, chat, "x", List.of("not-an-id")).status()).isEqualTo(400);
        assertThat(send(alice, chat, "x", List.of(alicesFile, alicesFile)).status()).isEqualTo(400);
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(alicesFile);
        }
        assertThat(send(alice, chat, "x", eleven).status()).isEqualTo(400);
        assertThat(send(alice, chat, null, List.of()).status()).isEqualTo(400);

        assertThat(api.get("/api/v1/conversations/" + chat + "/messages", alice.accessToken()).json().path("items")).isEmpty();
    }

    @Test
    void files_sent_over_the_websocket_are_acked_and_delivered_with_their_file_objects() throws Exception {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String chat = direct(alice, bob);
        JsonNode file = upload(alice, Uploads.png(8, 8), "image/png", "dot.png");
        try (WsClient aliceSocket = Sockets.open(node, alice.accessToken());
             WsClient bobSocket = Sockets.open(node, bob.accessToken())) {
            Map<String, Object> frame = new HashMap<>();
            frame.put("type", "message.send");
            frame.put("ref", "f1");
            frame.put("conversation_id", chat);
            frame.put("attachment_ids", List.of(file.path("id").asText()));
            aliceSocket.send(JSON.writeValueAsString(frame));

            JsonNode ack = Sockets.next(aliceSocket, "ack");
            assertThat(ack.path("ref").asText()).isEqualTo("f1");
            assertThat(ack.path("message").path("type").asText()).isEqualTo("file");
            assertThat(ack.path("message").path("attachments").get(0).path("name").asText()).isEqualTo("dot.png");
            JsonNode created = Sockets.next(bobSocket, "message.created");
            JsonNode delivered = created.path("message").path("attachments").get(0);
            assertThat(delivered.path("id").asText()).isEqualTo(file.path("id").asText());
            assertThat(Uploads.get(api, delivered.path("url").asText(), null, Map.of()).bytes())
                    .isEqualTo(Uploads.get(api, "/api/v1/files/" + file.path("id").asText(), alice.accessToken(),
                            Map.of()).bytes());

            frame.put("ref", "f2");
            frame.put("attachment_ids", List.of("0190a5a0-0000-7000-8000-000000000000"));
            aliceSocket.send(JSON.writeValueAsString(frame));
            JsonNode refused = Sockets.next(aliceSocket, "error");
            assertThat(refused.path("ref").asText()).isEqualTo("f2");
            assertThat(refused.path("error").path("code").asText()).isEqualTo("validation_failed");
        }
    }

    @Test
    void an_avatar_is_an_image_of_your_own_that_any_signed_in_user_can_load_until_it_is_cleared() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        JsonNode image = upload(alice, Uploads.png(512, 512), "image/png", "me.png");
        JsonNode text = upload(alice, "no".getBytes(StandardCharsets.UTF_8), "text/plain", "no.txt");
        JsonNode bobsImage = upload(bob, Uploads.png(10, 10), "image/png", "bob.png");

        assertThat(api.patch("/api/v1/users/me", Map.of("avatar_file_id", text.path("id").asText()), alice.accessToken())
                .status()).isEqualTo(415);
        assertThat(api.patch("/api/v1/users/me", Map.of("avatar_file_id", bobsImage.path("id").asText()),
                alice.accessToken()).status()).isEqualTo(400);
        Response set = api.patch("/api/v1/users/me", Map.of("avatar_file_id", image.path("id").asText()), alice.accessToken());
        assertThat(set.status()).isEqualTo(200);
        String avatarUrl = set.json().path("avatar_url").asText();
        assertThat(avatarUrl).startsWith("/api/v1/files/" + image.path("id").asText() + "/thumbnail?size=256");

        assertThat(api.get("/api/v1/users/" + alice.id(), bob.accessToken()).json().path("avatar_url").asText())
                .isEqualTo(avatarUrl);
        Uploads.Reply thumbnail = Uploads.get(api, avatarUrl, null, Map.of());
        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(thumbnail.header("Content-Type")).startsWith("image/png");
        assertThat(Uploads.get(api, "/api/v1/files/" + image.path("id").asText(), bob.accessToken(), Map.of()).status())
                .isEqualTo(200);

        Map<String, Object> clear = new HashMap<>();
        clear.put("avatar_file_id", null);
        assertThat(api.patch("/api/v1/users/me", clear, alice.accessToken()).json().path("avatar_url").isNull()).isTrue();
        assertThat(Uploads.get(api, avatarUrl, null, Map.of()).status()).isEqualTo(403);
        assertThat(Uploads.get(api, "/api/v1/files/" + image.path("id").asText(), bob.accessToken(), Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void a_group_avatar_is_set_by_its_owner() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String group = api.post("/api/v1/conversations", Map.of("type", "group", "name", "Team",
                "participant_ids", List.of(bob.id())), alice.accessToken()).json().path("id").asText();
        JsonNode image = upload(alice, Uploads.png(64, 64), "image/png", "team.png");

        Response updated = api.patch("/api/v1/conversations/" + group, Map.of("avatar_file_id", image.path("id").asText()),
                alice.accessToken());

        assertThat(updated.status()).isEqualTo(200);
        String avatarUrl = updated.json().path("avatar_url").asText();
        assertThat(avatarUrl).contains(image.path("id").asText());
        assertThat(Uploads.get(api, avatarUrl, null, Map.of()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/conversations/" + group, bob.accessToken()).json().path("avatar_url").asText())
                .isEqualTo(avatarUrl);
    }

    @Test
    void deleting_an_account_removes_its_files() {
        SignedInUser alice = Accounts.register(api);
        JsonNode file = upload(alice, "mine".getBytes(StandardCharsets.UTF_8), "text/plain", "m.txt");

        assertThat(api.delete("/api/v1/users/me", alice.accessToken()).status()).isEqualTo(204);

        assertThat(Uploads.get(api, file.path("url").asText(), null, Map.of()).status()).isEqualTo(404);
    }

    private static JsonNode upload(SignedInUser user, byte[] bytes, String type, String name) {
        Uploads.Reply reply = Uploads.raw(api, user.accessToken(), bytes, type, name);
        assertThat(reply.status()).isEqualTo(201);
        return reply.json();
    }

    private static String direct(SignedInUser from, SignedInUser to) {
        return api.post("/api/v1/conversations", Map.of("participant_id", to.id()), from.accessToken()).json()
                .path("id").asText();
    }

    private static Response send(SignedInUser from, String chat, String content, List<String> attachmentIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("content", content);
        body.put("attachment_ids", attachmentIds);
        return api.post("/api/v1/conversations/" + chat + "/messages", body, from.accessToken());
    }
}
