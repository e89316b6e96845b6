package dev.parley.http.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallEvent;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallMedia;
import dev.parley.domain.shared.Ids;
import dev.parley.http.server.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallEventEncoderTest {
    private final CallEventEncoder encoder = new CallEventEncoder();
    private final UserId ada = new UserId(UUID.randomUUID());
    private final UserId bob = new UserId(UUID.randomUUID());
    private final Instant at = Instant.parse("2026-11-21T12:00:00Z");
    private final Call ringing = Call.place(new CallId(Ids.newId(at)), ada, bob, CallMedia.VIDEO, at, at.plusSeconds(30));

    @Test
    void incoming_carries_the_full_call() throws Exception {
        JsonNode frame = Json.mapper().readTree(encoder.encode(new CallEvent.Incoming(ringing)).orElseThrow().text());
        assertThat(frame.path("type").asText()).isEqualTo("call.incoming");
        assertThat(frame.path("call").path("id").asText()).isEqualTo(ringing.id().toString());
        assertThat(frame.path("call").path("status").asText()).isEqualTo("ringing");
        assertThat(frame.path("call").path("ring_deadline").asText()).isEqualTo("2026-11-21T12:00:30.000Z");
    }

    @Test
    void answered_elsewhere_has_its_own_type() {
        SessionId phone = new SessionId(UUID.randomUUID());
        Call active = ringing.accept(bob, phone, at.plusSeconds(3));

        assertThat(encoder.encode(new CallEvent.AnsweredElsewhere(active, phone)).orElseThrow().text())
                .contains("\"type\":\"call.answered_elsewhere\"");
    }

    @Test
    void a_finished_call_carries_its_status_and_other_events_are_not_its_business() {
        String declined = encoder.encode(CallEvent.finished(ringing.decline(bob, at.plusSeconds(2)))).orElseThrow().text();

        assertThat(declined).contains("\"type\":\"call.declined\"", "\"status\":\"declined\"");
        assertThat(encoder.encode(new dev.parley.domain.people.ContactRemoved(ada, bob))).isEmpty();
    }
}
