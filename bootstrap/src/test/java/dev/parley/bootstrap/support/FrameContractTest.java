package dev.parley.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.http.operations.AsyncApiDocument;
import org.junit.jupiter.api.Test;

/** The frame check the end-to-end tests rely on must reject frames that break the AsyncAPI document. */
class FrameContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_example_in_the_document_matches_its_own_message() {
        AsyncApiDocument.load().path("components").path("messages").properties().forEach(message ->
                message.getValue().path("examples").forEach(example -> {
                    JsonNode payload = example.path("payload");
                    boolean clientFrame = message.getKey().equals("messageSend") || message.getKey().equals("typingSignal")
                            || message.getKey().equals("read") || message.getKey().equals("ping");
                    assertThatCode(() -> {
                        if (clientFrame) {
                            FrameContract.checkClientFrame(payload);
                        } else {
                            FrameContract.checkServerFrame(payload);
                        }
                    }).as(message.getKey()).doesNotThrowAnyException();
                }));
    }

    @Test
    void rejects_an_undocumented_frame_type() {
        assertThatThrownBy(() -> FrameContract.checkServerFrame(JSON.readTree("{\"type\":\"message.exploded\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("message.exploded");
    }

    @Test
    void rejects_a_frame_missing_its_object_or_with_a_wrong_shape() {
        assertThatThrownBy(() -> FrameContract.checkServerFrame(JSON.readTree(
                "{\"type\":\"message.created\",\"conversation_id\":\"0193a1b4-1c33-7c5e-9f63-8b4d0e2a3c03\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("message");
        assertThatThrownBy(() -> FrameContract.checkServerFrame(JSON.readTree(
                "{\"type\":\"presence\",\"user_id\":\"0193a1b2-6a22-7b4d-8e52-7a3c9d1f2b02\",\"status\":\"away\",\"last_seen_at\":null}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("away");
    }

    @Test
    void a_client_frame_is_not_accepted_as_a_server_frame() {
        assertThatThrownBy(() -> FrameContract.checkServerFrame(JSON.readTree(
                "{\"type\":\"message.send\",\"ref\":\"c1\",\"conversation_id\":\"0193a1b4-1c33-7c5e-9f63-8b4d0e2a3c03\",\"content\":\"hi\"}")))
                .isInstanceOf(AssertionError.class);
    }
}
