package dev.parley.livekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The RoomService adapter against an in-test Twirp server speaking protobuf, as LiveKit does. */
class LiveKitRoomsTest {
    private final FakeRoomService liveKit = new FakeRoomService("devkey", "secret-secret-secret-secret-secret");

    @AfterEach
    void stop() {
        liveKit.close();
    }

    private LiveKitRooms rooms(String secret) {
        return new LiveKitRooms(new LiveKitSettings(liveKit.wsUrl(), "devkey", secret, Duration.ofMinutes(5),
                Duration.ofSeconds(45)));
    }

    @Test
    void creates_a_two_person_room_with_a_short_empty_timeout_using_a_signed_admin_token() {
        rooms("secret-secret-secret-secret-secret").open("call-0195f0c0-0000-7000-8000-000000000001");

        assertThat(liveKit.seen()).hasSize(1);
        FakeRoomService.Seen create = liveKit.seen().getFirst();
        assertThat(create.method()).isEqualTo("CreateRoom");
        assertThat(create.room()).isEqualTo("call-0195f0c0-0000-7000-8000-000000000001");
        assertThat(create.emptyTimeout()).isEqualTo(45);
        assertThat(create.maxParticipants()).isEqualTo(2);
        assertThat(create.video()).contains("\"roomCreate\":true");
    }

    @Test
    void deletes_the_room() {
        rooms("secret-secret-secret-secret-secret").close("call-x");

        assertThat(liveKit.seen()).extracting(FakeRoomService.Seen::method, FakeRoomService.Seen::room)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DeleteRoom", "call-x"));
    }

    @Test
    void retries_transient_failures() {
        liveKit.failNext(2);

        rooms("secret-secret-secret-secret-secret").open("call-retry");

        assertThat(liveKit.seen()).extracting(FakeRoomService.Seen::room).containsExactly("call-retry");
    }

    @Test
    void never_throws_when_livekit_refuses_or_is_gone() {
        rooms("a-wrong-secret-a-wrong-secret-xx").open("call-refused");
        liveKit.close();
        rooms("secret-secret-secret-secret-secret").close("call-gone");

        assertThat(liveKit.seen()).isEmpty();
    }

    @Test
    void talks_http_to_a_ws_url_and_https_to_a_wss_url() {
        assertThat(LiveKitSettings.of("ws://lk.local:7880", "k", "s").apiHost()).isEqualTo("http://lk.local:7880");
        assertThat(LiveKitSettings.of("wss://lk.example.com/", "k", "s").apiHost()).isEqualTo("https://lk.example.com");
        assertThat(LiveKitSettings.of("wss://x", "k", "topsecret").toString()).doesNotContain("topsecret");
    }
}
