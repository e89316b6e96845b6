package dev.parley.bootstrap.conversation;

import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Creates conversations and messages through the public API for the conversation tests. */
final class Chats {
    private Chats() {
    }

    static String direct(ApiClient api, SignedInUser from, SignedInUser to) {
        return expect(api.post("/api/v1/conversations", Map.of("participant_id", to.id()), from.accessToken()), 201, 200)
                .json().path("id").asText();
    }

    static String group(ApiClient api, SignedInUser owner, String type, SignedInUser... members) {
        List<String> ids = Arrays.stream(members).map(SignedInUser::id).toList();
        return expect(api.post("/api/v1/conversations", Map.of("type", type, "name", "The " + type,
                "participant_ids", ids), owner.accessToken()), 201).json().path("id").asText();
    }

    static Response send(ApiClient api, SignedInUser from, String conversationId, String content) {
        return api.post("/api/v1/conversations/" + conversationId + "/messages", Map.of("content", content),
                from.accessToken());
    }

    static String sent(ApiClient api, SignedInUser from, String conversationId, String content) {
        return expect(send(api, from, conversationId, content), 201).json().path("id").asText();
    }

    static Response expect(Response response, int... statuses) {
        for (int status : statuses) {
            if (response.status() == status) {
                return response;
            }
        }
        throw new AssertionError("expected " + Arrays.toString(statuses) + " but got " + response);
    }
}
