package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/** Parley's REST API as the benchmarks use it (JDK HttpClient, JSON through Jackson), following /work/shared/API.md. */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final URI base;

    /** A signed-in benchmark user. */
    public record User(String id, String username, String accessToken) {
    }

    /** A response: status and raw body. */
    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        public Response expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return this;
                }
            }
            throw new IllegalStateException("unexpected status " + status + ": " + body);
        }
    }

    public Api(URI server) {
        this.base = server.resolve("/api/v1/");
    }

    public URI base() {
        return base;
    }

    public User register(String username, String password) throws IOException, InterruptedException {
        Response response = post("auth/register", null, Map.of("email", username + "@bench.example",
                "username", username, "password", password, "display_name", username)).expect(201);
        JsonNode json = response.json();
        return new User(json.path("user").path("id").asText(), username, json.path("tokens").path("access_token").asText());
    }

    public Response login(String username, String password) throws IOException, InterruptedException {
        return post("auth/login", null, Map.of("username", username, "password", password));
    }

    /** Creates a group conversation owned by {@code owner} with the other members; returns its id. */
    public String createGroup(User owner, String name, List<String> participantIds) throws IOException, InterruptedException {
        return post("conversations", owner.accessToken(), Map.of("type", "group", "name", name,
                "participant_ids", participantIds)).expect(201).json().path("id").asText();
    }

    public Response sendMessage(User sender, String conversationId, String content, String clientMsgId)
            throws IOException, InterruptedException {
        return post("conversations/" + conversationId + "/messages", sender.accessToken(),
                Map.of("content", content, "client_msg_id", clientMsgId));
    }

    public Response history(User reader, String conversationId, long beforeSeq, int limit) throws IOException, InterruptedException {
        return get(historyPath(conversationId, beforeSeq, limit).substring("/api/v1/".length()), reader.accessToken());
    }

    /** The absolute path of one history page. */
    public static String historyPath(String conversationId, long beforeSeq, int limit) {
        return "/api/v1/conversations/" + conversationId + "/messages?limit=" + limit + "&before_seq=" + beforeSeq;
    }

    /**
     * Whether the conversations API is on the server yet: an authenticated POST with an empty body gets
     * 400 from a registered route and 404 from a missing one.
     */
    public boolean hasConversations(User user) throws IOException, InterruptedException {
        return post("conversations", user.accessToken(), Map.of()).status() != 404;
    }

    public Response post(String path, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        return send(request, token);
    }

    public Response get(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET(), token);
    }

    private Response send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }
}
