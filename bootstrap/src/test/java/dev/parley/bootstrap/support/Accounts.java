package dev.parley.bootstrap.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates signed-in users for tests through the public API. */
public final class Accounts {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    public static final String PASSWORD = "correct horse battery";

    private Accounts() {
    }

    /** A registered user and the tokens of its first session. */
    public record SignedInUser(String id, String username, String email, String accessToken, String refreshToken) {
    }

    public static SignedInUser register(ApiClient client) {
        String suffix = UUID.randomUUID().toString().substring(0, 6) + SEQUENCE.incrementAndGet();
        return register(client, "user_" + suffix, "user_" + suffix + "@example.com");
    }

    public static SignedInUser register(ApiClient client, String username, String email) {
        ApiClient.Response response = client.post("/api/v1/auth/register",
                Map.of("email", email, "username", username, "password", PASSWORD), null);
        if (response.status() != 201) {
            throw new IllegalStateException("registration failed: " + response);
        }
        return new SignedInUser(response.json().path("user").path("id").asText(),
                response.json().path("user").path("username").asText(), email,
                response.json().path("tokens").path("access_token").asText(),
                response.json().path("tokens").path("refresh_token").asText());
    }

    /** Signs {@code user} in again: the same user on another device (a new session with its own tokens). */
    public static SignedInUser anotherDevice(ApiClient client, SignedInUser user) {
        ApiClient.Response response = client.post("/api/v1/auth/login",
                Map.of("username", user.username(), "password", PASSWORD), null);
        if (response.status() != 200) {
            throw new IllegalStateException("login failed: " + response);
        }
        return new SignedInUser(user.id(), user.username(), user.email(),
                response.json().path("tokens").path("access_token").asText(),
                response.json().path("tokens").path("refresh_token").asText());
    }
}
