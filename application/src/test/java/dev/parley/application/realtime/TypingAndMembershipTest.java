package dev.parley.application.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.testing.CountingRateLimiter;
import dev.parley.application.testing.RecordingEventPublisher;
import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.realtime.TypingChanged;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The membership index (load once, drop on refresh) and typing (others only, throttled, participants only). */
class TypingAndMembershipTest {
    private final UserId alice = new UserId(UUID.randomUUID());
    private final UserId bob = new UserId(UUID.randomUUID());
    private final UserId carol = new UserId(UUID.randomUUID());
    private final UUID chat = UUID.randomUUID();
    private final Map<UUID, List<UserId>> table = new HashMap<>(Map.of(chat, List.of(alice, bob, carol)));
    private final List<UUID> loads = new ArrayList<>();
    private final MembershipIndex index = new MembershipIndex(new MembershipQuery() {
        @Override
        public List<UserId> members(ConversationId id) {
            loads.add(id.value());
            return table.getOrDefault(id.value(), List.of());
        }

        @Override
        public List<ConversationId> conversationsOf(UserId userId) {
            return List.of();
        }

        @Override
        public Set<UserId> peersOf(UserId userId) {
            return Set.of();
        }
    }, 100);
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final TypingService typing = new TypingService(index, new CountingRateLimiter(),
            new RateLimiter.Limit(2, Duration.ofSeconds(5)), events,
            java.time.Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), java.time.ZoneOffset.UTC));

    @Test
    void the_index_asks_the_database_once_per_conversation_until_a_refresh() {
        index.membersOf(chat);
        index.membersOf(chat);
        assertThat(loads).hasSize(1);

        table.put(chat, List.of(alice, bob));
        index.membershipChanged(chat);

        assertThat(index.membersOf(chat)).containsExactlyInAnyOrder(alice, bob);
        assertThat(loads).hasSize(2);
    }

    @Test
    void typing_goes_to_the_other_participants_only() {
        typing.typing(alice, chat, true);

        TypingChanged published = events.ofType(TypingChanged.class).getFirst();
        assertThat(published.recipients()).containsExactlyInAnyOrder(bob, carol);
        assertThat(published.typing()).isTrue();
    }

    @Test
    void typing_above_the_limit_is_dropped_silently() {
        for (int i = 0; i < 5; i++) {
            typing.typing(alice, chat, i % 2 == 0);
        }
        assertThat(events.ofType(TypingChanged.class)).hasSize(2);
    }

    @Test
    void outsiders_may_not_signal_typing() {
        UserId mallory = new UserId(UUID.randomUUID());
        assertThatThrownBy(() -> typing.typing(mallory, chat, true)).isInstanceOfSatisfying(ParleyException.class,
                rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.NOT_A_PARTICIPANT));
        assertThat(events.all()).isEmpty();
    }
}
