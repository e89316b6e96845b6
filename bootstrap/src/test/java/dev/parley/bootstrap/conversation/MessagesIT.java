package dev.parley.bootstrap.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sending, reading history, editing, deleting, restoring, read cursors and search over HTTP. */
class MessagesIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_MESSAGE_MAX_LENGTH", "20"));
    private static final ApiClient api = node.client();

    @Test
    void message_is_stored_and_returned_exactly_with_the_next_seq() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String id = Chats.direct(api, alice, bob);

        Response sent = Chats.send(api, alice, id, "  <b>hi</b> & 😀 ");

        assertThat(sent.status()).isEqualTo(201);
        JsonNode message = sent.json();
        assertThat(message.path("content").asText()).isEqualTo("  <b>hi</b> & 😀 ");
        assertThat(message.path("seq").asLong()).isEqualTo(1);
        assertThat(message.path("type").asText()).isEqualTo("text");
        assertThat(message.path("sender_id").asText()).isEqualTo(alice.id());
        assertThat(message.path("conversation_id").asText()).isEqualTo(id);
        assertThat(message.path("attachments").isArray()).isTrue();
        assertThat(message.path("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(message.has("edited_at") && message.path("edited_at").isNull()).isTrue();
        assertThat(Chats.send(api, bob, id, "second").json().path("seq").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/messages/" + message.path("id").asText(), bob.accessToken()).json().path("content").asText())
                .isEqualTo("  <b>hi</b> & 😀 ");
    }

    @Test
    void invalid_messages_are_rejected_and_change_nothing() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser mallory = Accounts.register(api);
        String id = Chats.direct(api, alice, bob);
        String other = Chats.direct(api, alice, mallory);
        String elsewhere = Chats.sent(api, alice, other, "elsewhere");
        String path = "/api/v1/conversations/" + id + "/messages";

        assertThat(Chats.send(api, alice, id, " \n\t ").errorCode()).isEqualTo("validation_failed");
        assertThat(Chats.send(api, alice, id, "x".repeat(21)).errorCode()).isEqualTo("validation_failed");
        assertThat(Chats.send(api, alice, id, "😀".repeat(20)).status()).isEqualTo(201);
        assertThat(api.post(path, Map.of("content", "hi", "attachment_ids", List.of(UUID.randomUUID().toString())),
                alice.accessToken()).json().path("error").path("details").get(0).path("field").asText()).isEqualTo("attachment_ids");
        assertThat(api.post(path, Map.of("content", "hi", "reply_to_id", elsewhere), alice.accessToken()).errorCode())
                .isEqualTo("validation_failed");
        assertThat(api.post(path, Map.of("content", "hi", "reply_to_id", "bad"), alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.post(path, Map.of("content", List.of("x")), alice.accessToken()).status()).isEqualTo(400);
        assertThat(Chats.send(api, mallory, id, "let me in").errorCode()).isEqualTo("not_a_participant");
        assertThat(Chats.send(api, alice, UUID.randomUUID().toString(), "void").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/conversations/123/messages", Map.of("content", "x"), alice.accessToken()).status()).isEqualTo(400);

        JsonNode history = api.get(path, alice.accessToken()).json().path("items");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("seq").asLong()).isEqualTo(1);
    }

    @Test
    void reply_to_a_message_of_the_same_conversation_is_kept() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String id = Chats.direct(api, alice, bob);
        String question = Chats.sent(api, alice, id, "lunch?");

        Response answer = api.post("/api/v1/conversations/" + id + "/messages",
                Map.of("content", "yes", "reply_to_id", question), bob.accessToken());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().path("reply_to_id").asText()).isEqualTo(question);
    }

    @Test
    void same_client_msg_id_returns_the_original_with_200_and_never_a_second_message() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String id = Chats.direct(api, alice, bob);
        String path = "/api/v1/conversations/" + id + "/messages";

        Response first = api.post(path, Map.of("content", "once", "client_msg_id", "c-1"), alice.accessToken());
        Response retry = api.post(path, Map.of("content", "once", "client_msg_id", "c-1"), alice.accessToken());
        Response bobsOwn = api.post(path, Map.of("content", "mine", "client_msg_id", "c-1"), bob.accessToken());
        Response next = api.post(path, Map.of("content", "next"), alice.accessToken());

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(retry.json().path("client_msg_id").asText()).isEqualTo("c-1");
        assertThat(bobsOwn.status()).isEqualTo(201);
        assertThat(next.json().path("seq").asLong()).isEqualTo(3);
    }

    @Test
    void history_pages_newest_first_by_cursor_and_before_seq_and_catches_up_ascending_after_seq() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String id = Chats.direct(api, alice, bob);
        for (int i = 1; i <= 7; i++) {
            Chats.sent(api, i % 2 == 0 ? bob : alice, id, "m" + i);
        }
        String path = "/api/v1/conversations/" + id + "/messages";

        List<Long> seqs = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get(path + "?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), bob.accessToken()).json();
            page.path("items").forEach(item -> seqs.add(item.path("seq").asLong()));
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
        } while (cursor != null);
        assertThat(seqs).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);

        Response before = api.get(path + "?before_seq=4", bob.accessToken());
        assertThat(seqList(before)).containsExactly(3L, 2L, 1L);
        assertThat(before.header("Content-Type")).startsWith("application/json");
        assertThat(before.header("Content-Length"))
                .isEqualTo(String.valueOf(before.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        JsonNode catchUp = api.get(path + "?after_seq=2&limit=3", bob.accessToken()).json();
        assertThat(seqList(catchUp)).containsExactly(3L, 4L, 5L);
        JsonNode rest = api.get(path + "?limit=3&cursor=" + catchUp.path("next_cursor").asText(), bob.accessToken()).json();
        assertThat(seqList(rest)).containsExactly(6L, 7L);
        assertThat(rest.path("next_cursor").isNull()).isTrue();

        assertThat(api.get(path + "?before_seq=-1", bob.accessToken()).status()).isEqualTo(400);
        assertThat(api.get(path + "?before_seq=3&after_seq=1", bob.accessToken()).status()).isEqualTo(400);
        assertThat(api.get(path + "?cursor=!!!", bob.accessToken()).status()).isEqualTo(400);
        assertThat(api.get(path + "?limit=101", bob.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void author_edits_and_participants_read_the_earlier_versions_newest_first() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser mallory = Accounts.register(api);
        String id = Chats.direct(api, alice, bob);
        String message = Chats.sent(api, alice, id, "first");

        Response edited = api.patch("/api/v1/messages/" + message, Map.of("content", "second"), alice.accessToken());
        api.patch("/api/v1/messages/" + message, Map.of("content", "third"), alice.accessToken());

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("content").asText()).isEqualTo("second");
        assertThat(edited.json().path("edited_at").isNull()).isFalse();
        assertThat(edited.json().path("seq").asLong()).isEqualTo(1);
        JsonNode edits = api.get("/api/v1/messages/" + message + "/edits", bob.accessToken()).json().path("items");
        assertThat(edits).hasSize(2);
        assertThat(edits.get(0).path("content").asText()).isEqualTo("second");
        assertThat(edits.get(1).path("content").asText()).isEqualTo("first");
        assertThat(api.get("/api/v1/messages/" + message, bob.accessToken()).json().path("content").asText()).isEqualTo("third");

        assertThat(api.patch("/api/v1/messages/" + message, Map.of("content", "bob's"), bob.accessToken()).errorCode()).isEqualTo("forbidden");
        assertThat(api.patch("/api/v1/messages/" + message, Map.of("content", " "), alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/messages/" + message + "/edits", mallory.accessToken()).errorCode()).isEqualTo("not_a_participant");
        assertThat(api.get("/api/v1/messages/" + message, mallory.accessToken()).errorCode()).isEqualTo("not_a_participant");
        assertThat(api.get("/api/v1/messages/" + UUID.randomUUID(), alice.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/messages/xyz", alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/messages/" + UUID.randomUUID(), Map.of("content", "x"), alice.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void deleted_message_keeps_its_seq_reads_null_everywhere_and_the_author_restores_it() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String id = Chats.direct(api, alice, bob);
        String message = Chats.sent(api, alice, id, "oops secret");

        assertThat(api.delete("/api/v1/messages/" + message, bob.accessToken()).errorCode()).isEqualTo("forbidden");
        Response deleted = api.delete("/api/v1/messages/" + message, alice.accessToken());

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("content").isNull()).isTrue();
        assertThat(deleted.json().path("deleted_at").isNull()).isFalse();
        assertThat(deleted.json().path("seq").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/messages/" + message, bob.accessToken()).json().path("content").isNull()).isTrue();
        JsonNode history = api.get("/api/v1/conversations/" + id + "/messages", bob.accessToken()).json().path("items");
        assertThat(history.get(0).path("content").isNull()).isTrue();
        assertThat(api.get("/api/v1/conversations/" + id, bob.accessToken()).json().path("last_message").path("content").isNull()).isTrue();
        assertThat(api.get("/api/v1/conversations/" + id + "/messages/search?q=secret", bob.accessToken()).json().path("items")).isEmpty();
        assertThat(api.patch("/api/v1/messages/" + message, Map.of("content", "x"), alice.accessToken()).errorCode()).isEqualTo("conflict");

        assertThat(api.post("/api/v1/messages/" + message + "/restore", null, bob.accessToken()).errorCode()).isEqualTo("forbidden");
        Response restored = api.post("/api/v1/messages/" + message + "/restore", null, alice.accessToken());
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().path("content").asText()).isEqualTo("oops secret");
        assertThat(restored.json().path("deleted_at").isNull()).isTrue();
    }

    @Test
    void read_cursor_moves_forward_only_and_unread_counts_messages_from_others() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String id = Chats.direct(api, alice, bob);
        for (int i = 0; i < 4; i++) {
            Chats.sent(api, alice, id, "m" + i);
        }
        Chats.sent(api, bob, id, "mine");
        String read = "/api/v1/conversations/" + id + "/read";

        assertThat(api.get("/api/v1/conversations/" + id, bob.accessToken()).json().path("unread_count").asLong()).isEqualTo(4);
        assertThat(api.post(read, Map.of("seq", 3), bob.accessToken()).json().path("last_read_seq").asLong()).isEqualTo(3);
        assertThat(api.post(read, Map.of("seq", 1), bob.accessToken()).json().path("last_read_seq").asLong()).isEqualTo(3);
        JsonNode conversation = api.get("/api/v1/conversations/" + id, bob.accessToken()).json();
        assertThat(conversation.path("last_read_seq").asLong()).isEqualTo(3);
        assertThat(conversation.path("unread_count").asLong()).isEqualTo(1);
        assertThat(api.post(read, Map.of("seq", 999), bob.accessToken()).json().path("last_read_seq").asLong()).isEqualTo(5);
        assertThat(api.get("/api/v1/conversations/" + id, bob.accessToken()).json().path("unread_count").asLong()).isZero();

        assertThat(api.post(read, Map.of("seq", -1), bob.accessToken()).status()).isEqualTo(400);
        assertThat(api.post(read, Map.of(), bob.accessToken()).status()).isEqualTo(400);
        assertThat(api.post(read, Map.of("seq", "x"), bob.accessToken()).status()).isEqualTo(400);
        assertThat(api.post(read, Map.of("seq", 1), Accounts.register(api).accessToken()).errorCode()).isEqualTo("not_a_participant");
    }

    @Test
    void search_finds_words_newest_first_in_pages_and_only_in_that_conversation() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        String id = Chats.direct(api, alice, bob);
        String other = Chats.direct(api, alice, carol);
        Chats.sent(api, alice, id, "Pizza tonight?");
        Chats.sent(api, bob, id, "no thanks");
        Chats.sent(api, bob, id, "pizza tomorrow");
        Chats.sent(api, alice, id, "PIZZA!!");
        Chats.sent(api, alice, other, "pizza with carol");
        String search = "/api/v1/conversations/" + id + "/messages/search?limit=2&q=pizza";

        JsonNode first = api.get(search, bob.accessToken()).json();
        assertThat(seqList(first)).containsExactly(4L, 3L);
        JsonNode second = api.get(search + "&cursor=" + first.path("next_cursor").asText(), bob.accessToken()).json();
        assertThat(seqList(second)).containsExactly(1L);
        assertThat(second.path("next_cursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/conversations/" + id + "/messages/search?q=", bob.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/conversations/" + id + "/messages/search?q=pizza", carol.accessToken()).errorCode())
                .isEqualTo("not_a_participant");
    }

    private static List<Long> seqList(Response response) {
        return seqList(response.json());
    }

    private static List<Long> seqList(JsonNode page) {
        List<Long> seqs = new ArrayList<>();
        page.path("items").forEach(item -> seqs.add(item.path("seq").asLong()));
        return seqs;
    }

    // Issue 12, item 4: a deleted message's history is hidden like its content; the author cannot undo moderation.
    @Test
    void a_deleted_messages_edit_history_is_hidden_from_everyone_but_its_author() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String chat = Chats.direct(api, alice, bob);
        String message = Chats.sent(api, alice, chat, "pw: hunter2");
        Chats.expect(api.patch("/api/v1/messages/" + message, Map.of("content", "oops"), alice.accessToken()), 200);
        assertThat(editsAsSeenBy(bob, message)).contains("hunter2");

        Chats.expect(api.delete("/api/v1/messages/" + message, alice.accessToken()), 200, 204);

        assertThat(editsAsSeenBy(bob, message)).doesNotContain("hunter2");
        assertThat(api.get("/api/v1/messages/" + message + "/edits", bob.accessToken()).json().path("items")).isEmpty();
        assertThat(editsAsSeenBy(alice, message)).contains("hunter2");
    }

    @Test
    void an_admins_deletion_is_undone_by_that_admin_or_the_owner_never_by_the_author_alone() {
        SignedInUser owner = Accounts.register(api);
        SignedInUser admin = Accounts.register(api);
        SignedInUser author = Accounts.register(api);
        String group = Chats.group(api, owner, "group", admin, author);
        Chats.expect(api.patch("/api/v1/conversations/" + group + "/participants/" + admin.id(), Map.of("role", "admin"),
                owner.accessToken()), 200);
        String message = Chats.sent(api, author, group, "spam spam");

        Chats.expect(api.delete("/api/v1/messages/" + message, admin.accessToken()), 200, 204);
        Response byAuthor = api.post("/api/v1/messages/" + message + "/restore", null, author.accessToken());

        assertThat(byAuthor.status()).isEqualTo(403);
        assertThat(byAuthor.errorCode()).isEqualTo("forbidden");
        assertThat(api.get("/api/v1/messages/" + message, author.accessToken()).json().path("deleted_at").isNull()).isFalse();
        assertThat(Chats.expect(api.post("/api/v1/messages/" + message + "/restore", null, admin.accessToken()), 200)
                .json().path("content").asText()).isEqualTo("spam spam");

        Chats.expect(api.delete("/api/v1/messages/" + message, admin.accessToken()), 200, 204);
        assertThat(Chats.expect(api.post("/api/v1/messages/" + message + "/restore", null, owner.accessToken()), 200)
                .json().path("content").asText()).isEqualTo("spam spam");
    }

    @Test
    void the_author_still_restores_what_the_author_deleted_and_moderators_do_not() {
        SignedInUser owner = Accounts.register(api);
        SignedInUser author = Accounts.register(api);
        String group = Chats.group(api, owner, "group", author);
        String message = Chats.sent(api, author, group, "second thoughts");
        Chats.expect(api.delete("/api/v1/messages/" + message, author.accessToken()), 200, 204);

        assertThat(api.post("/api/v1/messages/" + message + "/restore", null, owner.accessToken()).status()).isEqualTo(403);
        assertThat(Chats.expect(api.post("/api/v1/messages/" + message + "/restore", null, author.accessToken()), 200)
                .json().path("content").asText()).isEqualTo("second thoughts");
    }

    private static String editsAsSeenBy(SignedInUser reader, String message) {
        return Chats.expect(api.get("/api/v1/messages/" + message + "/edits", reader.accessToken()), 200).text();
    }
}
