package dev.parley.bootstrap.support;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import livekit.LivekitModels;
import livekit.LivekitRoom;

/**
 * A stand-in LiveKit for end-to-end tests (the real server cannot run here): answers the RoomService Twirp
 * endpoints with protobuf, checks their bearer token, records which rooms were created and deleted, and
 * signs webhooks exactly as LiveKit does.
 */
public final class FakeLiveKit implements AutoCloseable {
    public static final String KEY = "testkey";
    public static final String SECRET = "test-livekit-secret-test-livekit-secret";

    private final HttpServer server;
    private final List<String> created = new CopyOnWriteArrayList<>();
    private final List<String> deleted = new CopyOnWriteArrayList<>();

    public FakeLiveKit() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        server.createContext("/twirp/livekit.RoomService/", this::handle);
        server.start();
    }

    /** The node settings that point Parley at this fake. */
    public Map<String, String> environment() {
        return Map.of("PARLEY_LIVEKIT_URL", "ws://127.0.0.1:" + server.getAddress().getPort(),
                "PARLEY_LIVEKIT_API_KEY", KEY, "PARLEY_LIVEKIT_API_SECRET", SECRET);
    }

    public List<String> createdRooms() {
        return List.copyOf(created);
    }

    public List<String> deletedRooms() {
        return List.copyOf(deleted);
    }

    /** The {@code Authorization} value LiveKit would send with {@code body}. */
    public static String sign(String body, String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return JWT.create().withIssuer(KEY).withNotBefore(Instant.now().minusSeconds(5))
                    .withExpiresAt(Instant.now().plusSeconds(300))
                    .withClaim("sha256", Base64.getEncoder().encodeToString(digest))
                    .sign(Algorithm.HMAC256(secret));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A webhook body as LiveKit sends it. */
    public static String event(String type, String room, String identity) {
        String participant = identity == null ? "" : ",\"participant\":{\"sid\":\"PA_x\",\"identity\":\"" + identity + "\"}";
        return "{\"event\":\"" + type + "\",\"id\":\"EV_" + System.nanoTime() + "\",\"createdAt\":\""
                + Instant.now().getEpochSecond() + "\",\"room\":{\"sid\":\"RM_x\",\"name\":\"" + room + "\"}"
                + participant + "}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String method = exchange.getRequestURI().getPath().substring("/twirp/livekit.RoomService/".length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            byte[] answer;
            if (method.equals("CreateRoom")) {
                String name = LivekitRoom.CreateRoomRequest.parseFrom(body).getName();
                created.add(name);
                answer = LivekitModels.Room.newBuilder().setName(name).setSid("RM_x").build().toByteArray();
            } else if (method.equals("DeleteRoom")) {
                deleted.add(LivekitRoom.DeleteRoomRequest.parseFrom(body).getRoom());
                answer = LivekitRoom.DeleteRoomResponse.getDefaultInstance().toByteArray();
            } else {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/protobuf");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        try {
            JWT.require(Algorithm.HMAC256(SECRET)).withIssuer(KEY).build().verify(header.substring(7));
            return true;
        } catch (JWTVerificationException invalid) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
