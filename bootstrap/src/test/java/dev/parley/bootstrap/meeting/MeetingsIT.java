package dev.parley.bootstrap.meeting;

import static dev.parley.bootstrap.support.Meetings.act;
import static dev.parley.bootstrap.support.Meetings.control;
import static dev.parley.bootstrap.support.Meetings.join;
import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.Meetings;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Meetings through the real server: scheduling, looking up, joining with tokens, capacity, leaving and ending. */
class MeetingsIT {
    static final FakeLiveKit liveKit = new FakeLiveKit();
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(liveKit.environment())
            .and(Map.of("PARLEY_PUBLIC_URL", "https://meet.example.com")).closing(liveKit);
    static final ApiClient api = node.client();

    static JsonNode meeting(SignedInUser host, Map<String, Object> settings) {
        return Meetings.create(api, host, settings).json();
    }

    @Test
    void creating_a_meeting_gives_a_code_a_join_url_and_an_expiry() {
        SignedInUser host = Accounts.register(api);
        Instant scheduled = Instant.parse("2030-01-02T09:00:00Z");

        Response created = api.post("/api/v1/meetings", Map.of("title", "Planning", "description", "Q1",
                "scheduled_at", "2030-01-02T09:00:00.000Z", "duration_minutes", 30), host.accessToken());

        assertThat(created.status()).isEqualTo(201);
        JsonNode meeting = created.json();
        String code = meeting.path("code").asText();
        assertThat(code).matches("[a-hj-km-np-z]{3}-[a-hj-km-np-z]{4}-[a-hj-km-np-z]{3}");
        assertThat(meeting.path("join_url").asText()).isEqualTo("https://meet.example.com/m/" + code);
        assertThat(meeting.path("status").asText()).isEqualTo("scheduled");
        assertThat(meeting.path("host_id").asText()).isEqualTo(host.id());
        assertThat(meeting.path("expires_at").asText()).isEqualTo("2030-01-02T09:30:00.000Z");
        assertThat(meeting.path("scheduled_at").asText()).isEqualTo(scheduled.toString().replace("Z", ".000Z"));
        assertThat(meeting.path("settings").path("max_participants").asInt()).isEqualTo(50);
        assertThat(meeting.path("settings").path("waiting_room").asBoolean()).isFalse();
        assertThat(meeting.path("settings").path("allow_chat").asBoolean()).isTrue();
        assertThat(meeting.path("recording").path("status").asText()).isEqualTo("idle");
        assertThat(meeting.path("started_at").isNull()).isTrue();
    }

    @Test
    void bad_input_names_the_field_and_creates_nothing() {
        SignedInUser host = Accounts.register(api);

        assertThat(field(api.post("/api/v1/meetings", Map.of("description", "x"), host.accessToken()))).isEqualTo("title");
        assertThat(field(api.post("/api/v1/meetings", Map.of("title", "x", "duration_minutes", 0), host.accessToken())))
                .isEqualTo("duration_minutes");
        assertThat(field(api.post("/api/v1/meetings", Map.of("title", "x", "duration_minutes", 1441), host.accessToken())))
                .isEqualTo("duration_minutes");
        assertThat(field(api.post("/api/v1/meetings", Map.of("title", "x", "settings", Map.of("max_participants", 501)),
                host.accessToken()))).isEqualTo("settings.max_participants");
        assertThat(field(api.post("/api/v1/meetings", Map.of("title", "x", "scheduled_at", "tomorrow"), host.accessToken())))
                .isEqualTo("scheduled_at");
        assertThat(field(api.post("/api/v1/meetings", Map.of("title", "a\u0000b"), host.accessToken()))).isEqualTo("title");
        assertThat(api.get("/api/v1/meetings", host.accessToken()).json().path("items")).isEmpty();
        assertThat(api.post("/api/v1/meetings", Map.of("title", "x"), null).status()).isEqualTo(401);
    }

    @Test
    void anyone_signed_in_looks_a_code_up_but_a_meeting_by_id_only_its_people() {
        SignedInUser host = Accounts.register(api);
        SignedInUser stranger = Accounts.register(api);
        JsonNode meeting = meeting(host, Map.of());
        String id = meeting.path("id").asText();

        Response byCode = api.get("/api/v1/meetings/code/" + meeting.path("code").asText().toUpperCase(),
                stranger.accessToken());
        assertThat(byCode.status()).isEqualTo(200);
        assertThat(byCode.json().path("id").asText()).isEqualTo(id);
        assertThat(api.get("/api/v1/meetings/code/abc-defg-hij", stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/meetings/code/nope", stranger.accessToken()).status()).isEqualTo(404);
        assertThat(join(api, stranger, "abc-defg-hij").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/meetings/join", Map.of(), stranger.accessToken()).errorCode())
                .isEqualTo("validation_failed");
        assertThat(api.get("/api/v1/meetings/" + id, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/meetings/" + id, host.accessToken()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/meetings/not-a-uuid", host.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/meetings/" + id + "/participants", stranger.accessToken()).status()).isIn(403, 404);
    }

    @Test
    void the_first_join_starts_the_meeting_with_a_least_privilege_token() {
        SignedInUser host = Accounts.register(api);
        JsonNode meeting = meeting(host, Map.of());
        String id = meeting.path("id").asText();

        Response joined = join(api, host, meeting.path("code").asText());

        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.header("Cache-Control")).contains("no-store");
        assertThat(joined.json().path("meeting").path("status").asText()).isEqualTo("active");
        assertThat(joined.json().path("meeting").path("started_at").isNull()).isFalse();
        JsonNode participant = joined.json().path("participant");
        assertThat(participant.path("user_id").asText()).isEqualTo(host.id());
        assertThat(participant.path("role").asText()).isEqualTo("host");
        assertThat(participant.path("status").asText()).isEqualTo("joined");
        JsonNode livekit = joined.json().path("livekit");
        assertThat(livekit.path("room").asText()).isEqualTo("meeting-" + id);
        assertThat(livekit.path("url").asText()).isEqualTo(liveKit.environment().get("PARLEY_LIVEKIT_URL"));
        DecodedJWT token = JWT.require(Algorithm.HMAC256(FakeLiveKit.SECRET)).withIssuer(FakeLiveKit.KEY).build()
                .verify(livekit.path("token").asText());
        assertThat(token.getSubject()).isEqualTo(host.id());
        assertThat(token.getClaim("video").asMap()).containsEntry("room", "meeting-" + id).containsEntry("roomJoin", true)
                .containsEntry("canSubscribe", true).containsEntry("canPublishData", true)
                .doesNotContainKeys("roomAdmin", "roomCreate");
        assertThat(Duration.between(Instant.now(), token.getExpiresAt().toInstant()))
                .isLessThanOrEqualTo(Duration.ofMinutes(10));
        Await.until(() -> liveKit.createdRooms().contains("meeting-" + id), "the room is created");
    }

    @Test
    void joining_again_keeps_the_participant_and_gives_a_fresh_token() throws Exception {
        SignedInUser host = Accounts.register(api);
        SignedInUser guest = Accounts.register(api);
        JsonNode meeting = meeting(host, Map.of("mute_on_join", true));
        String code = meeting.path("code").asText();

        Response first = join(api, guest, code);
        long firstTokenSecond = Instant.now().getEpochSecond();
        // tokens carry whole seconds: the next one is issued in a later second
        Await.until(() -> Instant.now().getEpochSecond() > firstTokenSecond, "the next second");
        Response second = join(api, guest, code);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("participant")).isEqualTo(first.json().path("participant"));
        assertThat(second.json().path("participant").path("role").asText()).isEqualTo("guest");
        assertThat(second.json().path("participant").path("is_muted").asBoolean()).as("mute_on_join").isTrue();
        assertThat(second.json().path("livekit").path("token").asText())
                .isNotEqualTo(first.json().path("livekit").path("token").asText());
        DecodedJWT token = JWT.decode(second.json().path("livekit").path("token").asText());
        assertThat(token.getClaim("metadata").asString()).isEqualTo("{\"start_muted\":true}");
        Response fresh = act(api, meeting.path("id").asText(), "token", guest);
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().path("livekit").path("room").asText()).isEqualTo("meeting-" + meeting.path("id").asText());
    }

    @Test
    void a_full_meeting_refuses_the_next_joiner_until_someone_leaves() {
        SignedInUser host = Accounts.register(api);
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        JsonNode meeting = meeting(host, Map.of("max_participants", 2));
        String code = meeting.path("code").asText();
        join(api, host, code);
        join(api, ada, code);

        Response refused = join(api, bob, code);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("meeting_full");

        assertThat(act(api, meeting.path("id").asText(), "leave", ada).status()).isEqualTo(204);
        assertThat(join(api, bob, code).status()).isEqualTo(200);
        assertThat(act(api, meeting.path("id").asText(), "token", ada).status()).isEqualTo(403);
    }

    @Test
    void the_host_ends_the_meeting_for_everyone_and_nobody_joins_afterwards() {
        SignedInUser host = Accounts.register(api);
        SignedInUser guest = Accounts.register(api);
        SignedInUser late = Accounts.register(api);
        JsonNode meeting = meeting(host, Map.of());
        String id = meeting.path("id").asText();
        String code = meeting.path("code").asText();
        join(api, host, code);
        join(api, guest, code);

        assertThat(act(api, id, "end", guest).status()).isEqualTo(403);
        Response ended = act(api, id, "end", host);

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().path("status").asText()).isEqualTo("ended");
        assertThat(ended.json().path("ended_at").isNull()).isFalse();
        assertThat(join(api, late, code).errorCode()).isEqualTo("meeting_ended");
        assertThat(join(api, late, code).status()).isEqualTo(410);
        assertThat(act(api, id, "token", guest).status()).isEqualTo(410);
        assertThat(act(api, id, "end", host).status()).isEqualTo(410);
        Await.until(() -> liveKit.deletedRooms().contains("meeting-" + id), "the room is deleted");
        Await.until(() -> liveKit.requests("RemoveParticipant", "meeting-" + id).size() == 2,
                "both participants are removed from the media room");
        assertThat(Meetings.statuses(api, id, host)).containsEntry(guest.id(), "left");
    }

    @Test
    void the_host_edits_and_cancels_guests_cannot() {
        SignedInUser host = Accounts.register(api);
        SignedInUser guest = Accounts.register(api);
        JsonNode meeting = meeting(host, Map.of());
        String id = meeting.path("id").asText();
        join(api, guest, meeting.path("code").asText());

        assertThat(api.patch("/api/v1/meetings/" + id, Map.of("title", "Mine now"), guest.accessToken()).status())
                .isEqualTo(403);
        Response edited = api.patch("/api/v1/meetings/" + id, Map.of("title", "Renamed", "duration_minutes", 90,
                "settings", Map.of("waiting_room", true)), host.accessToken());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("title").asText()).isEqualTo("Renamed");
        assertThat(edited.json().path("duration_minutes").asInt()).isEqualTo(90);
        assertThat(edited.json().path("settings").path("waiting_room").asBoolean()).isTrue();
        assertThat(edited.json().path("settings").path("max_participants").asInt()).isEqualTo(50);
        assertThat(api.patch("/api/v1/meetings/" + id, Map.of("duration_minutes", 0), host.accessToken()).errorCode())
                .isEqualTo("validation_failed");

        assertThat(api.delete("/api/v1/meetings/" + id, guest.accessToken()).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/meetings/" + id, host.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/meetings/" + id, host.accessToken()).json().path("status").asText()).isEqualTo("ended");
        assertThat(join(api, guest, meeting.path("code").asText()).status()).isEqualTo(410);
    }

    @Test
    void my_meetings_are_those_i_host_or_joined_newest_first() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String hosted = meeting(ada, Map.of()).path("id").asText();
        JsonNode bobs = meeting(bob, Map.of());
        meeting(bob, Map.of());
        join(api, ada, bobs.path("code").asText());

        Response page = api.get("/api/v1/meetings?limit=1", ada.accessToken());
        assertThat(page.json().path("items").get(0).path("id").asText()).isEqualTo(bobs.path("id").asText());
        Response next = api.get("/api/v1/meetings?limit=1&cursor=" + page.json().path("next_cursor").asText(),
                ada.accessToken());
        assertThat(next.json().path("items").get(0).path("id").asText()).isEqualTo(hosted);
        assertThat(next.json().path("next_cursor").isNull()).isTrue();
    }

    @Test
    void a_slow_livekit_never_slows_a_join_down() {
        SignedInUser host = Accounts.register(api);
        JsonNode meeting = meeting(host, Map.of());
        liveKit.slowDown(Duration.ofSeconds(3));
        try {
            long started = System.nanoTime();
            Response joined = join(api, host, meeting.path("code").asText());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(joined.status()).isEqualTo(200);
            assertThat(took).isLessThan(Duration.ofSeconds(2));
        } finally {
            liveKit.slowDown(Duration.ZERO);
        }
    }

    private static String field(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json().path("error").path("details").get(0).path("field").asText();
    }
}
