package dev.parley.bootstrap.support;

import dev.parley.bootstrap.support.Accounts.SignedInUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Meeting helpers for end-to-end tests, speaking the public API. */
public final class Meetings {
    private Meetings() {
    }

    /** Creates a meeting hosted by {@code host} with these settings; returns its JSON object. */
    public static ApiClient.Response create(ApiClient api, SignedInUser host, Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Weekly sync");
        body.put("settings", settings);
        ApiClient.Response created = api.post("/api/v1/meetings", body, host.accessToken());
        if (created.status() != 201) {
            throw new IllegalStateException("creating the meeting failed: " + created);
        }
        return created;
    }

    public static ApiClient.Response join(ApiClient api, SignedInUser user, String code) {
        return api.post("/api/v1/meetings/join", Map.of("code", code), user.accessToken());
    }

    /** {@code POST /meetings/{id}/{action}} as {@code user}. */
    public static ApiClient.Response act(ApiClient api, String meetingId, String action, SignedInUser user) {
        return api.post("/api/v1/meetings/" + meetingId + "/" + action, null, user.accessToken());
    }

    /** {@code POST /meetings/{id}/participants/{user}/{action}} as {@code actor}. */
    public static ApiClient.Response control(ApiClient api, String meetingId, SignedInUser target, String action,
                                             SignedInUser actor) {
        return api.post("/api/v1/meetings/" + meetingId + "/participants/" + target.id() + "/" + action, null,
                actor.accessToken());
    }

    /** The statuses of the participants list as {@code user} sees it, by user id. */
    public static Map<String, String> statuses(ApiClient api, String meetingId, SignedInUser user) {
        Map<String, String> statuses = new HashMap<>();
        api.get("/api/v1/meetings/" + meetingId + "/participants", user.accessToken()).json().path("items")
                .forEach(item -> statuses.put(item.path("user_id").asText(), item.path("status").asText()));
        return statuses;
    }

}
