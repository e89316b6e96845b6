package dev.parley.livekit;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import livekit.LivekitModels;
import livekit.LivekitRoom;

/**
 * An in-test LiveKit RoomService: answers the Twirp endpoints the SDK calls with protobuf bodies, and
 * refuses requests whose bearer token is not signed with the API secret (401, as LiveKit does).
 */
final class FakeRoomService implements AutoCloseable {
    /** One request that passed authentication: which method, for which room, with which grants. */
    record Seen(String method, String room, int emptyTimeout, int maxParticipants, String video) {
    }

    private final HttpServer server;
    private final String apiKey;
    private final String apiSecret;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile int failuresToServe;

    FakeRoomService(String apiKey, String apiSecret) {
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        server.createContext("/twirp/livekit.RoomService/", this::handle);
        server.start();
    }

    String wsUrl() {
        return "ws://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** The next {@code count} requests fail with 503 before being looked at. */
    void failNext(int count) {
        failuresToServe = count;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (failuresToServe > 0) {
                failuresToServe--;
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            String video = authorizedVideoGrant(exchange.getRequestHeaders().getFirst("Authorization"));
            if (video == null) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String method = exchange.getRequestURI().getPath().substring("/twirp/livekit.RoomService/".length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            byte[] answer = switch (method) {
                case "CreateRoom" -> {
                    LivekitRoom.CreateRoomRequest request = LivekitRoom.CreateRoomRequest.parseFrom(body);
                    seen.add(new Seen(method, request.getName(), request.getEmptyTimeout(),
                            request.getMaxParticipants(), video));
                    yield LivekitModels.Room.newBuilder().setName(request.getName()).setSid("RM_test")
                            .setEmptyTimeout(request.getEmptyTimeout()).build().toByteArray();
                }
                case "DeleteRoom" -> {
                    LivekitRoom.DeleteRoomRequest request = LivekitRoom.DeleteRoomRequest.parseFrom(body);
                    seen.add(new Seen(method, request.getRoom(), 0, 0, video));
                    yield LivekitRoom.DeleteRoomResponse.getDefaultInstance().toByteArray();
                }
                default -> null;
            };
            if (answer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/protobuf");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    /** The token's {@code video} grant as JSON when it is signed by our key pair, else null. */
    private String authorizedVideoGrant(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return null;
        }
        try {
            var jwt = JWT.require(Algorithm.HMAC256(apiSecret)).withIssuer(apiKey).build()
                    .verify(header.substring("Bearer ".length()));
            return jwt.getClaim("video").toString();
        } catch (JWTVerificationException invalid) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
