package dev.parley.http.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallEvent;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallMedia;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.shared.Ids;
import dev.parley.http.server.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallEventEncoderTest {
    private final CallEventEncoder encoder = new CallEventEncoder();
    private final UserId ada = new UserId(UUID.randomUUID());
    private final UserId bob = new UserId(UUID.randomUUID());
    private final Instant at = Instant.parse("2026-11-21T12:00:00Z");
    private final Call ringing = Call.place(new CallId(Ids.newId(at)), ada, bob, CallMedia.VIDEO, at, at.plusSeconds(30));

    @Test
    void incoming_rings_every_device_of_the_callee_with_the_full_call() throws Exception {
        List<Delivery> deliveries = encoder.encode(new CallEvent.Incoming(ringing));

        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.getFirst().audience()).isEqualTo(new Audience.Users(Set.of(bob), Optional.empty()));
        JsonNode frame = Json.mapper().readTree(deliveries.getFirst().eventJson());
        assertThat(frame.path("type").asText()).isEqualTo("call.incoming");
        assertThat(frame.path("call").path("id").asText()).isEqualTo(ringing.id().toString());
        assertThat(frame.path("call").path("status").asText()).isEqualTo("ringing");
        assertThat(frame.path("call").path("ring_deadline").asText()).isEqualTo("2026-11-21T12:00:30.000Z");
    }

    @Test
    void answered_elsewhere_leaves_out_the_device_that_answered() {
        SessionId phone = new SessionId(UUID.randomUUID());
        Call active = ringing.accept(bob, phone, at.plusSeconds(3));

        Delivery delivery = encoder.encode(new CallEvent.AnsweredElsewhere(active, phone)).getFirst();

        assertThat(delivery.audience()).isEqualTo(Audience.Users.except(Set.of(bob), phone));
        assertThat(delivery.eventJson()).contains("\"type\":\"call.answered_elsewhere\"");
    }

    @Test
    void a_finished_call_goes_to_both_parties_and_other_events_are_not_its_business() {
        Delivery declined = encoder.encode(CallEvent.finished(ringing.decline(bob, at.plusSeconds(2)))).getFirst();

        assertThat(declined.audience()).isEqualTo(new Audience.Users(Set.of(ada, bob)));
        assertThat(declined.eventJson()).contains("\"type\":\"call.declined\"", "\"status\":\"declined\"");
        assertThat(encoder.encode(new dev.parley.domain.people.ContactRemoved(ada, bob))).isEmpty();
    }
}
