package dev.parley.bootstrap.meeting;

import static dev.parley.bootstrap.support.Meetings.join;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.Meetings;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A meeting's chat follows its meeting: the generic conversation endpoints that would rename it, delete it or change
 * who is in it answer 403 {@code forbidden} and change nothing, while reading and sending through them still work.
 */
class MeetingChatManagementIT {
    static final FakeLiveKit liveKit = new FakeLiveKit();
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(liveKit.environment()).closing(liveKit);
    static final ApiClient api = node.client();

    @Test
    void the_conversation_endpoints_cannot_rename_delete_or_change_the_members_of_a_meetings_chat() {
        SignedInUser host = Accounts.register(api);
        SignedInUser moderator = Accounts.register(api);
        SignedInUser guest = Accounts.register(api);
        SignedInUser outsider = Accounts.register(api);
        JsonNode meeting = Meetings.create(api, host, Map.of()).json();
        String id = meeting.path("id").asText();
        String code = meeting.path("code").asText();
        String chat = "/api/v1/conversations/" + meeting.path("conversation_id").asText();
        join(api, host, code);
        join(api, moderator, code);
        join(api, guest, code);
        assertThat(api.patch("/api/v1/meetings/" + id + "/participants/" + moderator.id(), Map.of("role", "moderator"),
                host.accessToken()).status()).isEqualTo(200);
        Map<String, String> members = members(chat, host);
        String name = api.get(chat, host.accessToken()).json().path("name").asText();
        assertThat(members).containsEntry(host.id(), "owner").containsEntry(moderator.id(), "admin")
                .containsEntry(guest.id(), "member").hasSize(3);

        List<Response> refused = List.of(
                api.patch(chat, Map.of("name", "Renamed"), host.accessToken()),
                api.patch(chat, Map.of("topic", "side channel"), moderator.accessToken()),
                api.delete(chat, host.accessToken()),
                api.post(chat + "/participants", Map.of("user_ids", List.of(outsider.id())), host.accessToken()),
                api.post(chat + "/participants", Map.of("user_ids", List.of(outsider.id())), moderator.accessToken()),
                api.delete(chat + "/participants/" + guest.id(), host.accessToken()),
                api.delete(chat + "/participants/" + guest.id(), moderator.accessToken()),
                api.delete(chat + "/participants/" + guest.id(), guest.accessToken()),
                api.patch(chat + "/participants/" + guest.id(), Map.of("role", "admin"), host.accessToken()),
                api.patch(chat + "/participants/" + moderator.id(), Map.of("role", "owner"), host.accessToken()),
                api.post(chat + "/leave", null, guest.accessToken()),
                api.post(chat + "/leave", null, host.accessToken()));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.errorCode()).isEqualTo("forbidden");
            assertThat(response.json().path("error").path("message").asText())
                    .contains("a meeting's chat follows its meeting");
        });
        assertThat(members(chat, host)).isEqualTo(members);
        assertThat(api.get(chat, guest.accessToken()).json().path("name").asText()).isEqualTo(name);
        assertThat(api.get(chat + "/participants", outsider.accessToken()).status()).isEqualTo(403);
        assertThat(Meetings.statuses(api, id, host)).containsEntry(guest.id(), "joined")
                .containsEntry(moderator.id(), "joined").doesNotContainKey(outsider.id());
        assertThat(api.get(chat + "/messages?limit=50", host.accessToken()).json().path("items")
                .findValuesAsText("type")).doesNotContain("text");
    }

    @Test
    void members_still_read_and_send_through_the_conversation_endpoints() {
        SignedInUser host = Accounts.register(api);
        SignedInUser guest = Accounts.register(api);
        JsonNode meeting = Meetings.create(api, host, Map.of()).json();
        String chat = "/api/v1/conversations/" + meeting.path("conversation_id").asText();
        join(api, host, meeting.path("code").asText());
        join(api, guest, meeting.path("code").asText());

        Response sent = api.post(chat + "/messages", Map.of("content", "through the conversation"), guest.accessToken());

        assertThat(sent.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/meetings/" + meeting.path("id").asText() + "/messages", host.accessToken()).json()
                .path("items").findValuesAsText("content")).contains("through the conversation");
        assertThat(api.get(chat + "/messages", host.accessToken()).status()).isEqualTo(200);
    }

    /** The chat's participants as {@code viewer} sees them: user id → role. */
    private static Map<String, String> members(String chat, SignedInUser viewer) {
        Map<String, String> members = new TreeMap<>();
        api.get(chat + "/participants", viewer.accessToken()).json().path("items")
                .forEach(item -> members.put(item.path("user_id").asText(), item.path("role").asText()));
        return members;
    }
}
