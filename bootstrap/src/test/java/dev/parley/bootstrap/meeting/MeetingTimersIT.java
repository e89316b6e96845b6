package dev.parley.bootstrap.meeting;

import static dev.parley.bootstrap.support.Meetings.act;
import static dev.parley.bootstrap.support.Meetings.join;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.Meetings;
import dev.parley.bootstrap.support.TestNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Meetings end by themselves at their expiry and after the empty grace, also across a restart. */
class MeetingTimersIT {
    static FakeLiveKit liveKit;
    static Map<String, String> env;

    @BeforeAll
    static void start() {
        liveKit = new FakeLiveKit();
        env = new HashMap<>(liveKit.environment());
        env.put("PARLEY_MEETING_EMPTY_GRACE_SECONDS", "1");
    }

    @AfterAll
    static void stop() {
        liveKit.close();
    }

    @Test
    void an_active_meeting_nobody_is_in_ends_after_the_grace() {
        try (TestNode node = TestNode.start(env)) {
            ApiClient api = node.client();
            SignedInUser host = Accounts.register(api);
            JsonNode meeting = Meetings.create(api, host, Map.of()).json();
            String id = meeting.path("id").asText();
            join(api, host, meeting.path("code").asText());
            act(api, id, "leave", host);

            Await.until(() -> "ended".equals(status(api, id, host)), "the empty meeting ends");
            Await.until(() -> liveKit.deletedRooms().contains("meeting-" + id), "its room is deleted");
        }
    }

    @Test
    void a_meeting_waiting_to_expire_ends_at_its_expiry_even_across_a_restart() {
        TestNode first = TestNode.start(env);
        SignedInUser host;
        JsonNode meeting;
        try (first) {
            ApiClient api = first.client();
            host = Accounts.register(api);
            Instant scheduled = Instant.now().minus(Duration.ofMinutes(1)).plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
            meeting = api.post("/api/v1/meetings", Map.of("title", "Short", "duration_minutes", 1,
                    "scheduled_at", scheduled.toString()), host.accessToken()).json();
            join(api, host, meeting.path("code").asText());
        }
        String id = meeting.path("id").asText();

        try (TestNode second = first.sibling(Map.of())) {
            ApiClient again = second.client();
            assertThat(Instant.parse(meeting.path("expires_at").asText())).isAfter(Instant.now().minusSeconds(1));
            Await.until(() -> "ended".equals(status(again, id, host)), "the meeting expires");
            assertThat(join(again, host, meeting.path("code").asText()).status()).isEqualTo(410);
        }
    }

    private static String status(ApiClient api, String id, SignedInUser host) {
        return api.get("/api/v1/meetings/" + id, host.accessToken()).json().path("status").asText();
    }
}
