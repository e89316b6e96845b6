package dev.parley.http.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.domain.shared.Page;
import dev.parley.http.server.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageViewTest {
    /** The same components without the hand-written serializer: what the mapper writes for a plain record. */
    record PlainView(UUID id, UUID conversationId, long seq, UUID senderId, String type, String content,
                     UUID replyToId, List<Object> attachments, String clientMsgId, Instant createdAt,
                     Instant editedAt, Instant deletedAt) {
        static PlainView of(MessageView view) {
            return new PlainView(view.id(), view.conversationId(), view.seq(), view.senderId(), view.type(), view.content(),
                    view.replyToId(), view.attachments(), view.clientMsgId(), view.createdAt(), view.editedAt(), view.deletedAt());
        }
    }

    @Test
    void writes_exactly_what_the_mapper_writes_for_the_plain_record() throws JsonProcessingException {
        Instant at = Instant.parse("2026-11-21T08:00:00.123456Z");
        UUID m1 = UUID.randomUUID();
        UUID c1 = UUID.randomUUID();
        List<MessageView> views = List.of(
                new MessageView(m1, c1, 7, UUID.randomUUID(), "text", "hello \"quoted\" \u00e9\u4e2d\ud83d\ude00\n", null, List.of(),
                        null, at, null, null),
                new MessageView(UUID.randomUUID(), c1, Long.MAX_VALUE, UUID.randomUUID(), "system", null, m1, List.of(Map.of("id", "a1")),
                        "k-1", at, at.plusSeconds(1), at.plusSeconds(2)));

        for (MessageView view : views) {
            assertThat(Json.mapper().writeValueAsString(view)).isEqualTo(Json.mapper().writeValueAsString(PlainView.of(view)));
        }
        assertThat(new String(Json.mapper().writeValueAsBytes(new Page<>(views, "b_7")), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Json.mapper().writeValueAsString(new Page<>(views.stream().map(PlainView::of).toList(), "b_7")));
    }
}
