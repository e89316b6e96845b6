package dev.parley.http.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.account.UserId;
import dev.parley.domain.people.ContactRemoved;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestAccepted;
import dev.parley.domain.people.ContactRequestId;
import dev.parley.domain.people.ContactRequestReceived;
import dev.parley.domain.people.UserBlocked;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.http.server.Json;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PeopleEventEncoderTest {
    private final PeopleEventEncoder encoder = new PeopleEventEncoder();
    private final UserId ada = new UserId(UUID.randomUUID());
    private final UserId bob = new UserId(UUID.randomUUID());
    private final Instant at = Instant.parse("2026-11-21T12:00:00Z");
    private final ContactRequest request = ContactRequest.create(new ContactRequestId(UUID.randomUUID()), ada, bob,
            "hi", at);

    @Test
    void a_received_request_goes_to_both_users_with_the_request_fields_of_the_contract() throws Exception {
        Delivery delivery = encoder.encode(new ContactRequestReceived(request)).getFirst();

        assertThat(delivery.audience()).isEqualTo(new Audience.Users(Set.of(ada, bob)));
        JsonNode frame = Json.mapper().readTree(delivery.eventJson());
        assertThat(frame.path("type").asText()).isEqualTo("contact.request.received");
        JsonNode sent = frame.path("request");
        assertThat(sent.path("id").asText()).isEqualTo(request.id().toString());
        assertThat(sent.path("from_user_id").asText()).isEqualTo(ada.toString());
        assertThat(sent.path("to_user_id").asText()).isEqualTo(bob.toString());
        assertThat(sent.path("status").asText()).isEqualTo("pending");
        assertThat(sent.path("message").asText()).isEqualTo("hi");
        assertThat(sent.path("created_at").asText()).isEqualTo("2026-11-21T12:00:00.000Z");
    }

    @Test
    void an_accepted_request_carries_its_new_status() {
        Delivery delivery = encoder.encode(new ContactRequestAccepted(request.accept(bob, at.plusSeconds(60)))).getFirst();

        assertThat(delivery.eventJson()).contains("\"type\":\"contact.request.accepted\"", "\"status\":\"accepted\"");
    }

    @Test
    void each_side_of_a_removed_contact_is_told_the_other_ones_id() {
        List<Delivery> deliveries = encoder.encode(new ContactRemoved(ada, bob));

        assertThat(deliveries).extracting(Delivery::audience)
                .containsExactly(Audience.Users.of(ada), Audience.Users.of(bob));
        assertThat(deliveries.get(0).eventJson()).isEqualTo("{\"type\":\"contact.removed\",\"user_id\":\"" + bob + "\"}");
        assertThat(deliveries.get(1).eventJson()).isEqualTo("{\"type\":\"contact.removed\",\"user_id\":\"" + ada + "\"}");
    }

    @Test
    void a_block_is_not_announced() {
        assertThat(encoder.encode(new UserBlocked(ada, bob))).isEmpty();
    }
}
