package dev.parley.application.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.TypingChanged;
import dev.parley.domain.realtime.in.ConversationAudience;
import dev.parley.domain.realtime.in.TypingUseCase;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.RateLimiter;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Typing signals: checked against the node's membership index (no database round trip per keystroke),
 * throttled per user and conversation, never stored, published for the other participants only.
 */
public final class TypingService implements TypingUseCase {
    private final ConversationAudience members;
    private final RateLimiter limiter;
    private final RateLimiter.Limit limit;
    private final EventPublisher events;
    private final Clock clock;

    public TypingService(ConversationAudience members, RateLimiter limiter, RateLimiter.Limit limit,
                         EventPublisher events, Clock clock) {
        this.members = members;
        this.limiter = limiter;
        this.limit = limit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void typing(UserId caller, UUID conversationId, boolean typing) {
        Set<UserId> current = members.membersOf(conversationId);
        if (!current.contains(caller)) {
            throw new ParleyException(ErrorCode.NOT_A_PARTICIPANT, "you are not a participant of this conversation");
        }
        if (limiter.acquire("typing:" + caller + ":" + conversationId, limit, clock.instant()).isPresent()) {
            return;
        }
        Set<UserId> others = new HashSet<>(current);
        others.remove(caller);
        if (!others.isEmpty()) {
            events.publish(new TypingChanged(conversationId, caller, typing, others));
        }
    }
}
