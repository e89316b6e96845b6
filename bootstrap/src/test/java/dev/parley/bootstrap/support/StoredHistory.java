package dev.parley.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A conversation's whole history as a client catching up reads it, and the checks every crash test makes on it. */
public final class StoredHistory {
    private final List<JsonNode> messages;

    private StoredHistory(List<JsonNode> messages) {
        this.messages = messages;
    }

    /** Reads every message in ascending seq, page by page ({@code after_seq}). */
    public static StoredHistory read(ApiClient api, String conversationId, String token) {
        List<JsonNode> messages = new ArrayList<>();
        long after = 0;
        while (true) {
            ApiClient.Response page = api.get("/api/v1/conversations/" + conversationId + "/messages?limit=100&after_seq="
                    + after, token);
            assertThat(page.status()).as("history page: %s", page).isEqualTo(200);
            JsonNode items = page.json().path("items");
            if (items.isEmpty()) {
                return new StoredHistory(messages);
            }
            items.forEach(messages::add);
            after = items.get(items.size() - 1).path("seq").asLong();
        }
    }

    /**
     * Nothing acknowledged is lost or duplicated: each ack is stored once, under the seq it was acknowledged
     * with; no message or client id appears twice; seq runs 1, 2, 3… without a gap.
     */
    public void containsExactlyOnce(Map<String, SendLoad.Ack> acks) {
        Map<String, JsonNode> byId = new HashMap<>();
        Map<String, Integer> clientIds = new HashMap<>();
        for (int index = 0; index < messages.size(); index++) {
            JsonNode message = messages.get(index);
            assertThat(message.path("seq").asLong()).as("seq of the message at position %d (gap-free)", index)
                    .isEqualTo(index + 1L);
            assertThat(byId.put(message.path("id").asText(), message)).as("duplicate id %s", message.path("id")).isNull();
            if (!message.path("client_msg_id").isNull()) {
                clientIds.merge(message.path("client_msg_id").asText(), 1, Integer::sum);
            }
        }
        assertThat(clientIds).as("client ids stored more than once").allSatisfy((id, count) -> assertThat(count).isOne());
        List<String> lost = new ArrayList<>();
        for (SendLoad.Ack ack : acks.values()) {
            JsonNode stored = byId.get(ack.id());
            if (stored == null) {
                lost.add(ack.id() + " (seq " + ack.seq() + ")");
            } else {
                assertThat(stored.path("seq").asLong()).as("seq of acked %s", ack.id()).isEqualTo(ack.seq());
            }
        }
        assertThat(lost).as("acknowledged messages lost (of %d acked, %d stored)", acks.size(), messages.size()).isEmpty();
    }

    public int size() {
        return messages.size();
    }
}
