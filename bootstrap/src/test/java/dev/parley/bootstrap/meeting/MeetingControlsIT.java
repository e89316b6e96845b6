package dev.parley.bootstrap.meeting;

import static dev.parley.bootstrap.support.Meetings.act;
import static dev.parley.bootstrap.support.Meetings.control;
import static dev.parley.bootstrap.support.Meetings.join;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.Meetings;
import dev.parley.bootstrap.support.RedisSupport;
import dev.parley.bootstrap.support.RunningNode;
import dev.parley.bootstrap.support.Sockets;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.Uploads;
import dev.parley.bootstrap.support.Uploads.Reply;
import dev.parley.bootstrap.support.WsClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The waiting room, host and moderator controls, meeting chat and LiveKit's webhooks, on two nodes sharing one
 * database and one Redis: whoever acts on one node, the people concerned hear it on the other.
 */
class MeetingControlsIT {
    static final FakeLiveKit liveKit = new FakeLiveKit();
    /** Two nodes on a PostgreSQL shared with other suites: small pools. */
    @RegisterExtension
    static final TestNodeExtension nodeA = TestNodeExtension.withEnv(liveKit.environment())
            .and(() -> Map.of("PARLEY_REDIS_URL", RedisSupport.urlOrSkip(), "PARLEY_DATABASE_POOL_SIZE", "6"))
            .closing(liveKit);
    static final RunningNode nodeB = nodeA.sibling(Map.of());
    static final ApiClient apiA = nodeA.client();
    static final ApiClient apiB = nodeB.client();

    @Test
    void a_waiting_guest_gets_no_token_until_the_host_admits_them() {
        SignedInUser host = Accounts.register(apiA);
        SignedInUser guest = Accounts.register(apiA);
        SignedInUser other = Accounts.register(apiA);
        JsonNode meeting = Meetings.create(apiA, host, Map.of("waiting_room", true)).json();
        String id = meeting.path("id").asText();
        String code = meeting.path("code").asText();
        assertThat(join(apiA, host, code).json().path("participant").path("status").asText()).as("the host never waits")
                .isEqualTo("joined");
        try (WsClient hostSocket = Sockets.open(nodeA, host.accessToken());
             WsClient guestSocket = Sockets.open(nodeB, guest.accessToken())) {
            Response waiting = join(apiB, guest, code);

            assertThat(waiting.status()).isEqualTo(200);
            assertThat(waiting.json().path("participant").path("status").asText()).isEqualTo("waiting");
            assertThat(waiting.json().has("livekit")).isFalse();
            assertThat(act(apiB, id, "token", guest).status()).isEqualTo(403);
            assertThat(apiB.get("/api/v1/meetings/" + id + "/participants", guest.accessToken()).errorCode())
                    .isEqualTo("not_a_participant");
            JsonNode told = Sockets.next(hostSocket, "meeting.participant_waiting");
            assertThat(told.path("meeting_id").asText()).isEqualTo(id);
            assertThat(told.path("participant").path("user_id").asText()).isEqualTo(guest.id());
            assertThat(told.path("participant").path("status").asText()).isEqualTo("waiting");

            join(apiA, other, code);
            assertThat(control(apiA, id, guest, "admit", other).status()).as("a guest cannot admit").isEqualTo(403);
            Response admitted = control(apiA, id, guest, "admit", host);

            assertThat(admitted.status()).isEqualTo(200);
            assertThat(admitted.json().path("status").asText()).isEqualTo("joined");
            JsonNode welcome = Sockets.next(guestSocket, "meeting.admitted");
            assertThat(welcome.path("participant").path("user_id").asText()).isEqualTo(guest.id());
            assertThat(Sockets.next(hostSocket, "meeting.participant_joined").path("participant").path("user_id").asText())
                    .isIn(other.id(), guest.id());
            assertThat(act(apiB, id, "token", guest).status()).isEqualTo(200);
        }
    }

    @Test
    void a_removed_participant_is_dropped_from_the_media_room_and_cannot_rejoin() {
        SignedInUser host = Accounts.register(apiA);
        SignedInUser guest = Accounts.register(apiA);
        JsonNode meeting = Meetings.create(apiA, host, Map.of()).json();
        String id = meeting.path("id").asText();
        join(apiA, host, meeting.path("code").asText());
        join(apiB, guest, meeting.path("code").asText());
        try (WsClient guestSocket = Sockets.open(nodeB, guest.accessToken())) {
            assertThat(control(apiB, id, host, "remove", guest).status()).isEqualTo(403);

            Response removed = control(apiA, id, guest, "remove", host);

            assertThat(removed.status()).isEqualTo(200);
            assertThat(removed.json().path("status").asText()).isEqualTo("removed");
            assertThat(Sockets.next(guestSocket, "meeting.removed").path("participant").path("user_id").asText())
                    .isEqualTo(guest.id());
        }
        Await.until(() -> liveKit.requests("RemoveParticipant", "meeting-" + id).stream()
                .anyMatch(request -> request.identity().equals(guest.id())), "LiveKit removes the participant");
        Response again = join(apiB, guest, meeting.path("code").asText());
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.errorCode()).isEqualTo("forbidden");
        assertThat(act(apiB, id, "token", guest).status()).isEqualTo(403);
    }

    @Test
    void moderators_mute_guests_and_the_host_hands_the_meeting_over() {
        SignedInUser host = Accounts.register(apiA);
        SignedInUser mod = Accounts.register(apiA);
        SignedInUser guest = Accounts.register(apiA);
        JsonNode meeting = Meetings.create(apiA, host, Map.of()).json();
        String id = meeting.path("id").asText();
        for (SignedInUser user : new SignedInUser[] {host, mod, guest}) {
            join(apiA, user, meeting.path("code").asText());
        }
        String rolePath = "/api/v1/meetings/" + id + "/participants/";
        assertThat(apiA.patch(rolePath + guest.id(), Map.of("role", "moderator"), mod.accessToken()).status()).isEqualTo(403);
        assertThat(apiA.patch(rolePath + mod.id(), Map.of("role", "boss"), host.accessToken()).errorCode())
                .isEqualTo("validation_failed");
        Response promoted = apiA.patch(rolePath + mod.id(), Map.of("role", "moderator"), host.accessToken());
        assertThat(promoted.json().path("role").asText()).isEqualTo("moderator");
        assertThat(control(apiA, id, mod, "mute", guest).status()).as("a guest cannot mute").isEqualTo(403);

        try (WsClient hostSocket = Sockets.open(nodeB, host.accessToken())) {
            Response muted = control(apiA, id, guest, "mute", mod);

            assertThat(muted.status()).isEqualTo(200);
            assertThat(muted.json().path("is_muted").asBoolean()).isTrue();
            assertThat(Sockets.next(hostSocket, "meeting.muted").path("participant").path("user_id").asText())
                    .isEqualTo(guest.id());
        }
        Await.until(() -> liveKit.requests("MutePublishedTrack", "meeting-" + id).stream()
                .anyMatch(request -> request.track().equals("TR_mic_" + guest.id())), "LiveKit mutes the microphone");
        assertThat(liveKit.requests("MutePublishedTrack", "meeting-" + id))
                .noneMatch(request -> request.track().startsWith("TR_cam"));

        Response handedOver = apiA.patch(rolePath + guest.id(), Map.of("role", "host"), host.accessToken());
        assertThat(handedOver.json().path("role").asText()).isEqualTo("host");
        assertThat(apiA.get("/api/v1/meetings/" + id, guest.accessToken()).json().path("host_id").asText())
                .isEqualTo(guest.id());
        assertThat(act(apiA, id, "end", host).status()).as("the former host").isEqualTo(403);
        assertThat(Meetings.statuses(apiA, id, guest)).containsEntry(host.id(), "joined");
        assertThat(act(apiA, id, "end", guest).status()).isEqualTo(200);
    }

    @Test
    void everyone_in_the_meeting_hears_it_end_on_any_node() {
        SignedInUser host = Accounts.register(apiA);
        SignedInUser guest = Accounts.register(apiA);
        JsonNode meeting = Meetings.create(apiA, host, Map.of()).json();
        join(apiA, host, meeting.path("code").asText());
        join(apiB, guest, meeting.path("code").asText());
        try (WsClient guestSocket = Sockets.open(nodeB, guest.accessToken());
             WsClient hostSocket = Sockets.open(nodeA, host.accessToken())) {
            act(apiA, meeting.path("id").asText(), "end", host);

            for (WsClient socket : new WsClient[] {guestSocket, hostSocket}) {
                JsonNode ended = Sockets.next(socket, "meeting.ended");
                assertThat(ended.path("meeting_id").asText()).isEqualTo(meeting.path("id").asText());
                assertThat(ended.path("meeting").path("status").asText()).isEqualTo("ended");
            }
        }
    }

    @Test
    void the_meeting_chat_is_for_participants_in_the_meeting() {
        SignedInUser host = Accounts.register(apiA);
        SignedInUser guest = Accounts.register(apiA);
        SignedInUser stranger = Accounts.register(apiA);
        JsonNode meeting = Meetings.create(apiA, host, Map.of()).json();
        String id = meeting.path("id").asText();
        String messages = "/api/v1/meetings/" + id + "/messages";
        join(apiA, host, meeting.path("code").asText());
        assertThat(apiA.post(messages, Map.of("content", "hi"), guest.accessToken()).status()).isEqualTo(404);
        join(apiB, guest, meeting.path("code").asText());

        try (WsClient hostSocket = Sockets.open(nodeA, host.accessToken())) {
            Response sent = apiB.post(messages, Map.of("content", "hello all", "client_msg_id", "m-1"), guest.accessToken());

            assertThat(sent.status()).isEqualTo(201);
            assertThat(sent.json().path("conversation_id").asText()).isEqualTo(meeting.path("conversation_id").asText());
            JsonNode created = Sockets.next(hostSocket, "message.created");
            while (!created.path("message").path("type").asText().equals("text")) {
                created = Sockets.next(hostSocket, "message.created");
            }
            assertThat(created.path("message").path("content").asText()).isEqualTo("hello all");
        }
        assertThat(apiB.post(messages, Map.of("content", "hello all", "client_msg_id", "m-1"), guest.accessToken())
                .status()).as("a retry").isEqualTo(200);
        JsonNode page = apiA.get(messages, host.accessToken()).json();
        assertThat(page.path("items").get(0).path("content").asText()).isEqualTo("hello all");
        assertThat(page.path("items").findValuesAsText("type")).contains("system");
        assertThat(page.path("items").findValuesAsText("content")).anyMatch(text -> text.contains("joined the meeting"));
        assertThat(apiA.get(messages, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(apiA.get("/api/v1/conversations", guest.accessToken()).json().path("items").findValuesAsText("id"))
                .doesNotContain(meeting.path("conversation_id").asText());

        apiA.patch("/api/v1/meetings/" + id, Map.of("settings", Map.of("allow_chat", false)), host.accessToken());
        assertThat(apiB.post(messages, Map.of("content", "can I?"), guest.accessToken()).errorCode()).isEqualTo("forbidden");
        assertThat(apiA.post("/api/v1/conversations/" + meeting.path("conversation_id").asText() + "/messages",
                Map.of("content", "side door"), guest.accessToken()).status()).isEqualTo(403);
        assertThat(apiA.post(messages, Map.of("content", "hosts may"), host.accessToken()).status()).isEqualTo(201);
        assertThat(apiB.get(messages, guest.accessToken()).status()).as("guests still read").isEqualTo(200);

        act(apiB, id, "leave", guest);
        assertThat(apiB.get(messages, guest.accessToken()).errorCode()).isEqualTo("not_a_participant");
        assertThat(apiA.get(messages, host.accessToken()).json().path("items").findValuesAsText("content"))
                .anyMatch(text -> text.contains("left the meeting"));
    }

    @Test
    void webhooks_keep_microphone_camera_and_screen_true_whatever_their_order() {
        SignedInUser host = Accounts.register(apiA);
        JsonNode meeting = Meetings.create(apiA, host, Map.of()).json();
        String id = meeting.path("id").asText();
        String room = "meeting-" + id;
        join(apiA, host, meeting.path("code").asText());
        long now = System.currentTimeMillis() / 1000;

        assertThat(webhook(track("track_published", room, host.id(), "TR_a", "MICROPHONE", false, now)).status())
                .isEqualTo(204);
        webhook(track("track_published", room, host.id(), "TR_v", "CAMERA", false, now));
        webhook(track("track_published", room, host.id(), "TR_s", "SCREEN_SHARE", false, now));
        assertThat(media(id, host)).isEqualTo("muted=false video=true sharing=true");

        webhook(track("track_muted", room, host.id(), "TR_a", "MICROPHONE", true, now + 2));
        webhook(track("track_unmuted", room, host.id(), "TR_a", "MICROPHONE", false, now + 1)); // late: ignored
        webhook(track("track_unpublished", room, host.id(), "TR_s", "SCREEN_SHARE", false, now + 2));
        webhook(track("track_published", room, host.id(), "TR_s", "SCREEN_SHARE", false, now + 1)); // late: ignored
        String settled = media(id, host);
        assertThat(settled).isEqualTo("muted=true video=true sharing=false");
        webhook(track("track_muted", room, host.id(), "TR_a", "MICROPHONE", true, now + 2)); // a resend
        assertThat(media(id, host)).isEqualTo(settled);

        assertThat(webhook(track("track_published", "meeting-" + java.util.UUID.randomUUID(), host.id(), "TR_x",
                "CAMERA", false, now)).status()).as("an unknown room").isEqualTo(204);
        String body = track("track_published", room, host.id(), "TR_y", "CAMERA", false, now);
        assertThat(apiA.send("POST", "/api/v1/livekit/webhook", body, null, Map.of()).status()).isEqualTo(401);
        assertThat(apiA.send("POST", "/api/v1/livekit/webhook", body, null,
                Map.of("Authorization", FakeLiveKit.sign(body, "not-the-secret-not-the-secret-xx"))).status()).isEqualTo(401);
    }

    @Test
    void livekit_seeing_the_last_participant_go_counts_as_leaving() {
        SignedInUser host = Accounts.register(apiA);
        JsonNode meeting = Meetings.create(apiA, host, Map.of()).json();
        String id = meeting.path("id").asText();
        join(apiA, host, meeting.path("code").asText());
        long now = System.currentTimeMillis() / 1000;

        webhook(FakeLiveKit.event("participant_left", "meeting-" + id, host.id()).replaceFirst(
                "\"createdAt\":\"\\d+\"", "\"createdAt\":\"" + (now - 3600) + "\""));
        assertThat(Meetings.statuses(apiA, id, host)).as("an old leave").containsEntry(host.id(), "joined");

        webhook(FakeLiveKit.event("participant_left", "meeting-" + id, host.id()));
        assertThat(Meetings.statuses(apiA, id, host)).containsEntry(host.id(), "left");
    }

    @Test
    void the_host_records_and_egress_webhooks_finish_the_recording() {
        SignedInUser host = Accounts.register(apiA);
        SignedInUser guest = Accounts.register(apiA);
        JsonNode meeting = Meetings.create(apiA, host, Map.of()).json();
        String id = meeting.path("id").asText();
        assertThat(act(apiA, id, "recording/start", host).status()).as("not started yet").isEqualTo(409);
        join(apiA, host, meeting.path("code").asText());
        join(apiA, guest, meeting.path("code").asText());
        assertThat(act(apiA, id, "recording/start", guest).status()).isEqualTo(403);

        Response started = act(apiA, id, "recording/start", host);

        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().path("recording").path("status").asText()).isEqualTo("active");
        assertThat(liveKit.requests("StartRoomCompositeEgress", "meeting-" + id)).hasSize(1);
        String egress = liveKit.requests("StartRoomCompositeEgress", "meeting-" + id).getFirst().track();
        assertThat(act(apiA, id, "recording/start", host).status()).as("already recording").isEqualTo(409);

        Response stopped = act(apiA, id, "recording/stop", host);
        assertThat(stopped.json().path("recording").path("status").asText()).isEqualTo("stopped");
        Await.until(() -> liveKit.requests().stream().anyMatch(r -> r.method().equals("StopEgress") && egress.equals(r.track())),
                "LiveKit stops the egress");
        String ended = "{\"event\":\"egress_ended\",\"id\":\"EV_e\",\"createdAt\":\"" + System.currentTimeMillis() / 1000
                + "\",\"egressInfo\":{\"egressId\":\"" + egress + "\",\"roomName\":\"meeting-" + id
                + "\",\"status\":\"EGRESS_COMPLETE\",\"fileResults\":[{\"filename\":\"meetings/x.mp4\","
                + "\"location\":\"s3://bucket/meetings/x.mp4\"}]}}";
        assertThat(webhook(ended).status()).isEqualTo(204);
        assertThat(webhook(ended).status()).as("a resend").isEqualTo(204);
        assertThat(apiA.get("/api/v1/meetings/" + id, host.accessToken()).json().path("recording").path("status").asText())
                .isEqualTo("stopped");
    }

    @Test
    void a_finished_recording_is_a_file_those_let_into_the_meeting_can_download() throws Exception {
        SignedInUser host = Accounts.register(apiA);
        SignedInUser guest = Accounts.register(apiA);
        SignedInUser waiter = Accounts.register(apiA);
        SignedInUser removed = Accounts.register(apiA);
        SignedInUser stranger = Accounts.register(apiA);
        JsonNode meeting = Meetings.create(apiA, host, Map.of("waiting_room", true)).json();
        String id = meeting.path("id").asText();
        String code = meeting.path("code").asText();
        join(apiA, host, code);
        join(apiB, guest, code);
        join(apiB, waiter, code);
        join(apiB, removed, code);
        assertThat(control(apiA, id, guest, "admit", host).status()).isEqualTo(200);
        assertThat(control(apiA, id, removed, "admit", host).status()).isEqualTo(200);
        assertThat(control(apiA, id, removed, "remove", host).status()).isEqualTo(200);

        assertThat(act(apiA, id, "recording/start", host).status()).isEqualTo(200);

        String egress = liveKit.requests("StartRoomCompositeEgress", "meeting-" + id).getFirst().track();
        livekit.LivekitEgress.EncodedFileOutput output = liveKit.fileOutput(egress).orElseThrow();
        assertThat(output.getFileType()).isEqualTo(livekit.LivekitEgress.EncodedFileType.MP4);
        assertThat(output.hasS3()).as("local disk: the egress writes into the mounted files directory").isFalse();
        java.util.regex.Matcher key = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(filesDirectory() + "/")
                + "([0-9a-f]{2})/([0-9a-f]{2})/([0-9a-f-]{36})\\.mp4").matcher(output.getFilepath());
        assertThat(key.matches()).as(output.getFilepath()).isTrue();
        String fileId = key.group(3);
        assertThat(fileId).endsWith(key.group(2) + key.group(1));
        assertThat(apiA.get("/api/v1/meetings/" + id, host.accessToken()).json().path("recording").path("file_id").isNull())
                .as("no file while recording").isTrue();
        assertThat(act(apiA, id, "recording/stop", host).status()).isEqualTo(200);
        byte[] mp4 = ("\0\0\0\u0018ftypmp42 a recording " + id).getBytes(StandardCharsets.ISO_8859_1);
        Path written = Path.of(output.getFilepath());
        Files.createDirectories(written.getParent());
        Files.write(written, mp4); // what the egress server does

        String ended = FakeLiveKit.egressEnded(egress, "meeting-" + id, "EGRESS_COMPLETE", output.getFilepath());
        assertThat(webhook(ended).status()).isEqualTo(204);
        assertThat(webhook(ended).status()).as("a resend").isEqualTo(204);
        assertThat(written).as("moved to the file's own key").doesNotExist();
        assertThat(Path.of(output.getFilepath().replaceFirst("\\.mp4$", ""))).hasBinaryContent(mp4);

        JsonNode recording = apiB.get("/api/v1/meetings/" + id, guest.accessToken()).json().path("recording");
        assertThat(recording.path("status").asText()).isEqualTo("stopped");
        assertThat(recording.path("file_id").asText()).isEqualTo(fileId);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(mp4));
        Reply download = Uploads.get(apiB, "/api/v1/files/" + fileId, guest.accessToken(), Map.of());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(mp4);
        assertThat(download.header("ETag")).isEqualTo("\"" + sha + "\"");
        assertThat(download.header("Content-Type")).startsWith("video/mp4");
        assertThat(download.header("Content-Disposition")).as("the title and the day").containsPattern(
                "filename=\"Weekly sync \\d{4}-\\d{2}-\\d{2}\\.mp4\"");
        assertThat(Uploads.get(apiA, "/api/v1/files/" + fileId, host.accessToken(), Map.of()).bytes()).isEqualTo(mp4);
        assertThat(Uploads.get(apiA, "/api/v1/files/" + fileId, stranger.accessToken(), Map.of()).status()).isEqualTo(404);
        assertThat(Uploads.get(apiA, "/api/v1/files/" + fileId, waiter.accessToken(), Map.of()).status())
                .as("never let in").isEqualTo(404);
        assertThat(Uploads.get(apiA, "/api/v1/files/" + fileId, removed.accessToken(), Map.of()).status())
                .as("removed by the host").isEqualTo(404);
    }

    @Test
    void a_failed_egress_or_a_missing_file_leaves_the_recording_without_a_file() {
        SignedInUser host = Accounts.register(apiA);
        JsonNode meeting = Meetings.create(apiA, host, Map.of()).json();
        String id = meeting.path("id").asText();
        join(apiA, host, meeting.path("code").asText());

        assertThat(act(apiA, id, "recording/start", host).status()).isEqualTo(200);
        String failed = liveKit.requests("StartRoomCompositeEgress", "meeting-" + id).getLast().track();
        String failedPath = liveKit.fileOutput(failed).orElseThrow().getFilepath();
        assertThat(webhook(FakeLiveKit.egressEnded(failed, "meeting-" + id, "EGRESS_FAILED", null)).status()).isEqualTo(204);
        JsonNode afterFailure = apiA.get("/api/v1/meetings/" + id, host.accessToken()).json().path("recording");
        assertThat(afterFailure.path("status").asText()).isEqualTo("stopped");
        assertThat(afterFailure.path("file_id").isNull()).isTrue();

        assertThat(act(apiA, id, "recording/start", host).status()).as("recording again after a failure").isEqualTo(200);
        String empty = liveKit.requests("StartRoomCompositeEgress", "meeting-" + id).getLast().track();
        String missing = liveKit.fileOutput(empty).orElseThrow().getFilepath();
        assertThat(missing).isNotEqualTo(failedPath);
        assertThat(webhook(FakeLiveKit.egressEnded(empty, "meeting-" + id, "EGRESS_COMPLETE", missing)).status())
                .isEqualTo(204);
        JsonNode afterMissing = apiA.get("/api/v1/meetings/" + id, host.accessToken()).json().path("recording");
        assertThat(afterMissing.path("status").asText()).isEqualTo("stopped");
        assertThat(afterMissing.path("file_id").isNull()).as("no file row without bytes").isTrue();
        String outputId = missing.substring(missing.lastIndexOf('/') + 1).replace(".mp4", "");
        assertThat(Uploads.get(apiA, "/api/v1/files/" + outputId, host.accessToken(), Map.of()).status()).isEqualTo(404);
    }

    private static String filesDirectory() {
        return Path.of(nodeA.environment().get("PARLEY_DATA_DIR"), "files").toAbsolutePath().normalize().toString();
    }

    @Test
    void concurrent_joins_on_two_nodes_admit_exactly_the_capacity() throws Exception {
        SignedInUser host = Accounts.register(apiA);
        JsonNode meeting = Meetings.create(apiA, host, Map.of("max_participants", 4)).json();
        java.util.List<SignedInUser> crowd = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            crowd.add(Accounts.register(apiA));
        }
        java.util.List<Integer> statuses = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<Thread> joiners = new java.util.ArrayList<>();
        for (int i = 0; i < crowd.size(); i++) {
            ApiClient api = i % 2 == 0 ? apiA : apiB;
            SignedInUser user = crowd.get(i);
            joiners.add(Thread.ofVirtual().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                statuses.add(join(api, user, meeting.path("code").asText()).status());
            }));
        }
        go.countDown();
        for (Thread joiner : joiners) {
            joiner.join();
        }

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(4);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(6);
        join(apiA, host, meeting.path("code").asText());
        assertThat(Meetings.statuses(apiA, meeting.path("id").asText(), crowd.getFirst()).values())
                .filteredOn("joined"::equals).hasSizeLessThanOrEqualTo(4);
    }

    private static Response webhook(String body) {
        return apiA.send("POST", "/api/v1/livekit/webhook", body, null,
                Map.of("Authorization", FakeLiveKit.sign(body, FakeLiveKit.SECRET)));
    }

    private static String track(String type, String room, String identity, String sid, String source, boolean muted,
                                long createdAt) {
        return "{\"event\":\"" + type + "\",\"id\":\"EV_" + System.nanoTime() + "\",\"createdAt\":\"" + createdAt
                + "\",\"room\":{\"sid\":\"RM_x\",\"name\":\"" + room + "\"},\"participant\":{\"sid\":\"PA_x\","
                + "\"identity\":\"" + identity + "\"},\"track\":{\"sid\":\"" + sid + "\",\"source\":\"" + source
                + "\",\"muted\":" + muted + "}}";
    }

    private static String media(String meetingId, SignedInUser user) {
        for (JsonNode item : apiA.get("/api/v1/meetings/" + meetingId + "/participants", user.accessToken()).json()
                .path("items")) {
            if (item.path("user_id").asText().equals(user.id())) {
                return "muted=" + item.path("is_muted").asBoolean() + " video=" + item.path("is_video_on").asBoolean()
                        + " sharing=" + item.path("is_sharing").asBoolean();
            }
        }
        throw new AssertionError("not a participant");
    }
}
