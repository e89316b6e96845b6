package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.out.ConversationRepository.ActivityKey;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorsTest {
    @Test
    void cursors_this_server_wrote_read_back() {
        ActivityKey key = new ActivityKey(Instant.parse("2026-11-21T10:00:00.123456Z"),
                new ConversationId(UUID.randomUUID()));

        assertThat(Cursors.activityOf(Cursors.activity(key))).isEqualTo(key);
        assertThat(Cursors.seqOf(Cursors.seq(Cursors.BEFORE, 42), Cursors.BEFORE)).isEqualTo(42);
    }

    @Test
    void forged_cursors_out_of_range_or_not_in_canonical_form_are_400_on_cursor() {
        String id = UUID.randomUUID().toString();
        for (String forged : new String[] {
                forge("c:9223372036854775:0:" + id),      // far beyond PostgreSQL's timestamps
                forge("c:-62135596801:0:" + id),          // before the year 1
                forge("c:1700000000:-5:" + id),           // negative nanoseconds
                forge("c:1700000000:1000000000:" + id),   // a whole second of nanoseconds
                forge("c:1700000000:0:" + id.toUpperCase()),
                forge("c:1700000000:0:1-1-1-1-1"),
                forge("b:-1"), forge("b:+5"), forge("b:05"), forge("a:1:2"), "%%%", ""}) {
            assertThatThrownBy(() -> {
                if (forged.isEmpty() || forged.equals("%%%") || Cursors.kindOf(forged).equals("c")) {
                    Cursors.activityOf(forged);
                } else {
                    Cursors.seqOf(forged, Cursors.kindOf(forged));
                }
            }).as(forged).isInstanceOfSatisfying(ParleyException.class, rejected -> {
                assertThat(rejected.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                assertThat(rejected.details().getFirst().field()).isEqualTo("cursor");
            });
        }
    }

    private static String forge(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
