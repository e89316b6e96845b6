package dev.parley.bootstrap.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Privacy and moderation of deleted messages (issue 12, item 4): a deleted message's earlier versions are hidden
 * like its content from everyone but its author, and the author alone cannot undo an owner's or admin's deletion.
 */
class DeletedMessagePrivacyIT {
    private static TestNode node;
    private static ApiClient api;

    @BeforeAll
    static void startNode() {
        node = TestNode.start();
        api = node.client();
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void a_deleted_messages_edit_history_is_hidden_from_everyone_but_its_author() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String chat = Chats.direct(api, alice, bob);
        String message = Chats.sent(api, alice, chat, "my password is hunter2");
        Chats.expect(api.patch("/api/v1/messages/" + message, Map.of("content", "oops"), alice.accessToken()), 200);
        assertThat(edits(bob, message)).contains("hunter2");

        Chats.expect(api.delete("/api/v1/messages/" + message, alice.accessToken()), 200, 204);

        assertThat(edits(bob, message)).doesNotContain("hunter2");
        assertThat(api.get("/api/v1/messages/" + message + "/edits", bob.accessToken()).json().path("items")).isEmpty();
        assertThat(edits(alice, message)).contains("hunter2");
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

    private static String edits(SignedInUser reader, String message) {
        return Chats.expect(api.get("/api/v1/messages/" + message + "/edits", reader.accessToken()), 200).text();
    }
}
