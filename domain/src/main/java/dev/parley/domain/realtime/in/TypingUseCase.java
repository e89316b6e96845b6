package dev.parley.domain.realtime.in;

import dev.parley.domain.account.UserId;
import java.util.UUID;

/** Use case: tell a conversation's other participants that the caller is (no longer) typing. */
@FunctionalInterface
public interface TypingUseCase {
    /** Rejects non-participants with {@code not_a_participant}; above the rate limit the signal is silently dropped. */
    void typing(UserId caller, UUID conversationId, boolean typing);
}
