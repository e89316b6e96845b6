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
import dev.parley.http.server.Json;
import java.time.Instant;
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
    void a_received_request_carries_the_request_fields_of_the_contract() throws Exception {
        JsonNode frame = Json.mapper().readTree(encoder.encode(new ContactRequestReceived(request)).orElseThrow().text());
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
        String frame = encoder.encode(new ContactRequestAccepted(request.accept(bob, at.plusSeconds(60)))).orElseThrow().text();

        assertThat(frame).contains("\"type\":\"contact.request.accepted\"", "\"status\":\"accepted\"");
    }

    @Test
    void a_removed_contact_names_the_contact_lost_as_seen_by_the_side_it_is_encoded_for() {
        assertThat(encoder.encode(new ContactRemoved(ada, bob)).orElseThrow().text())
                .isEqualTo("{\"type\":\"contact.removed\",\"user_id\":\"" + bob + "\"}");
        assertThat(encoder.encode(new ContactRemoved(bob, ada)).orElseThrow().text())
                .isEqualTo("{\"type\":\"contact.removed\",\"user_id\":\"" + ada + "\"}");
    }

    @Test
    void a_block_has_no_frame() {
        assertThat(encoder.encode(new UserBlocked(ada, bob))).isEmpty();
    }
}
