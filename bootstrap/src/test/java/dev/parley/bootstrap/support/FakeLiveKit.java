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
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger egressIds = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<String, livekit.LivekitEgress.EncodedFileOutput> fileOutputs =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.time.Duration delay = java.time.Duration.ZERO;

    /** One authenticated server API call: which method of which service, about which room, participant and track. */
    public record Request(String method, String room, String identity, String track) {
    }

    public FakeLiveKit() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        server.createContext("/twirp/livekit.RoomService/", this::handle);
        server.createContext("/twirp/livekit.Egress/", this::handle);
        // one thread per request: a slowed-down answer must not hold up the next test's calls
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
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

    /** Every authenticated RoomService and Egress call so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Calls of {@code method} about {@code room}. */
    public List<Request> requests(String method, String room) {
        return requests.stream().filter(r -> r.method().equals(method) && room.equals(r.room())).toList();
    }

    /** Where Parley asked the egress {@code egressId} to write its file (absent: no file output). */
    public java.util.Optional<livekit.LivekitEgress.EncodedFileOutput> fileOutput(String egressId) {
        return java.util.Optional.ofNullable(fileOutputs.get(egressId));
    }

    /** The signed {@code egress_ended} webhook body LiveKit sends when {@code egressId} ends with {@code status}. */
    public static String egressEnded(String egressId, String room, String status, String filename) {
        String results = filename == null ? "" : ",\"fileResults\":[{\"filename\":\"" + filename + "\",\"location\":\""
                + filename + "\"}]";
        return "{\"event\":\"egress_ended\",\"id\":\"EV_" + System.nanoTime() + "\",\"createdAt\":\""
                + Instant.now().getEpochSecond() + "\",\"egressInfo\":{\"egressId\":\"" + egressId + "\",\"roomName\":\""
                + room + "\",\"status\":\"" + status + "\"" + results + "}}";
    }

    /** Every answer from now on waits this long first (a slow or hanging LiveKit). */
    public void slowDown(java.time.Duration wait) {
        delay = wait;
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
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            String path = exchange.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1);
            byte[] body = exchange.getRequestBody().readAllBytes();
            byte[] answer = answer(method, body);
            if (answer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/protobuf");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private byte[] answer(String method, byte[] body) throws IOException {
        switch (method) {
            case "CreateRoom" -> {
                String name = LivekitRoom.CreateRoomRequest.parseFrom(body).getName();
                created.add(name);
                requests.add(new Request(method, name, null, null));
                return LivekitModels.Room.newBuilder().setName(name).setSid("RM_x").build().toByteArray();
            }
            case "DeleteRoom" -> {
                String room = LivekitRoom.DeleteRoomRequest.parseFrom(body).getRoom();
                deleted.add(room);
                requests.add(new Request(method, room, null, null));
                return LivekitRoom.DeleteRoomResponse.getDefaultInstance().toByteArray();
            }
            case "RemoveParticipant" -> {
                var request = LivekitRoom.RoomParticipantIdentity.parseFrom(body);
                requests.add(new Request(method, request.getRoom(), request.getIdentity(), null));
                return LivekitRoom.RemoveParticipantResponse.getDefaultInstance().toByteArray();
            }
            case "GetParticipant" -> {
                var request = LivekitRoom.RoomParticipantIdentity.parseFrom(body);
                requests.add(new Request(method, request.getRoom(), request.getIdentity(), null));
                // everyone publishes one microphone and one camera track
                return LivekitModels.ParticipantInfo.newBuilder().setIdentity(request.getIdentity()).setSid("PA_x")
                        .addTracks(LivekitModels.TrackInfo.newBuilder().setSid("TR_mic_" + request.getIdentity())
                                .setType(LivekitModels.TrackType.AUDIO).setSource(LivekitModels.TrackSource.MICROPHONE))
                        .addTracks(LivekitModels.TrackInfo.newBuilder().setSid("TR_cam_" + request.getIdentity())
                                .setType(LivekitModels.TrackType.VIDEO).setSource(LivekitModels.TrackSource.CAMERA))
                        .build().toByteArray();
            }
            case "MutePublishedTrack" -> {
                var request = LivekitRoom.MuteRoomTrackRequest.parseFrom(body);
                requests.add(new Request(method, request.getRoom(), request.getIdentity(), request.getTrackSid()));
                return LivekitRoom.MuteRoomTrackResponse.newBuilder()
                        .setTrack(LivekitModels.TrackInfo.newBuilder().setSid(request.getTrackSid()).setMuted(true))
                        .build().toByteArray();
            }
            case "StartRoomCompositeEgress" -> {
                var request = livekit.LivekitEgress.RoomCompositeEgressRequest.parseFrom(body);
                String egress = "EG_" + egressIds.incrementAndGet();
                if (request.getFileOutputsCount() > 0) {
                    fileOutputs.put(egress, request.getFileOutputs(0));
                } else if (request.hasFile()) {
                    fileOutputs.put(egress, request.getFile());
                }
                requests.add(new Request(method, request.getRoomName(), null, egress));
                return livekit.LivekitEgress.EgressInfo.newBuilder().setEgressId(egress).setRoomName(request.getRoomName())
                        .setStatus(livekit.LivekitEgress.EgressStatus.EGRESS_STARTING).build().toByteArray();
            }
            case "StopEgress" -> {
                var request = livekit.LivekitEgress.StopEgressRequest.parseFrom(body);
                requests.add(new Request(method, null, null, request.getEgressId()));
                return livekit.LivekitEgress.EgressInfo.newBuilder().setEgressId(request.getEgressId())
                        .setStatus(livekit.LivekitEgress.EgressStatus.EGRESS_ENDING).build().toByteArray();
            }
            default -> {
                return null;
            }
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
