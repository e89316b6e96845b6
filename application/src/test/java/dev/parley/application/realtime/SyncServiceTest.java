package dev.parley.application.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.realtime.ConversationChange;
import dev.parley.domain.realtime.SyncChanges;
import dev.parley.domain.realtime.out.ChangeFeed;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Catch-up tokens: a start, changes after the token (with overlap), reset when too old, 400 when malformed. */
class SyncServiceTest {
    private Instant now = Instant.parse("2026-11-21T10:00:00Z");
    private final List<Instant> askedAfter = new ArrayList<>();
    private final UserId bob = new UserId(UUID.randomUUID());
    private final SyncService sync = new SyncService(new ChangeFeed() {
        @Override
        public Instant now() {
            return now;
        }

        @Override
        public List<ConversationChange> conversations(UserId userId, Instant after) {
            askedAfter.add(after);
            return List.of(new ConversationChange(new ConversationId(UUID.randomUUID()), "direct", 3, 1, "member",
                    after, null, now, null));
        }

        @Override
        public List<ContactRequest> contactRequests(UserId userId, Instant after) {
            return List.of();
        }

        @Override
        public List<Call> calls(UserId userId, Instant after) {
            return List.of();
        }
    }, Duration.ofDays(30));

    @Test
    void without_a_token_the_answer_is_only_a_starting_token() {
        SyncChanges first = sync.since(bob, null);
        assertThat(first.nextSince()).isNotBlank();
        assertThat(first.reset()).isFalse();
        assertThat(first.conversations()).isEmpty();
        assertThat(askedAfter).isEmpty();
    }

    @Test
    void a_token_asks_for_changes_after_its_instant_which_lies_a_little_in_the_past() {
        String token = sync.since(bob, null).nextSince();
        now = now.plus(Duration.ofMinutes(5));

        SyncChanges changes = sync.since(bob, token);

        assertThat(changes.conversations()).hasSize(1);
        assertThat(askedAfter).containsExactly(Instant.parse("2026-11-21T10:00:00Z").minus(SyncService.OVERLAP));
    }

    @Test
    void a_token_older_than_the_retention_asks_for_a_reload() {
        String token = sync.since(bob, null).nextSince();
        now = now.plus(Duration.ofDays(31));

        SyncChanges changes = sync.since(bob, token);

        assertThat(changes.reset()).isTrue();
        assertThat(changes.conversations()).isEmpty();
        assertThat(askedAfter).isEmpty();
    }

    @Test
    void a_malformed_token_is_a_validation_error() {
        for (String bad : List.of("nope", "czE6YWJj", "!!!")) {
            assertThatThrownBy(() -> sync.since(bob, bad)).isInstanceOfSatisfying(ParleyException.class,
                    rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        }
    }
}
