package dev.parley.bootstrap.support;

import dev.parley.bootstrap.support.Accounts.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Call helpers for end-to-end tests, speaking the public API. */
public final class Calls {
    private Calls() {
    }

    public static ApiClient.Response place(ApiClient api, SignedInUser caller, SignedInUser callee, String media) {
        return api.post("/api/v1/calls", Map.of("callee_id", callee.id(), "media", media), caller.accessToken());
    }

    /** Places a video call that must ring; returns its id. */
    public static String placed(ApiClient api, SignedInUser caller, SignedInUser callee) {
        ApiClient.Response response = place(api, caller, callee, "video");
        if (response.status() != 201) {
            throw new IllegalStateException("placing the call failed: " + response);
        }
        return response.json().path("id").asText();
    }

    /** {@code POST /calls/{id}/{action}} as the holder of {@code token}. */
    public static ApiClient.Response act(ApiClient api, String callId, String action, String token) {
        return api.post("/api/v1/calls/" + callId + "/" + action, null, token);
    }

    /** The ids of a {@code GET /calls} page, in order. */
    public static List<String> ids(ApiClient.Response page) {
        List<String> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
