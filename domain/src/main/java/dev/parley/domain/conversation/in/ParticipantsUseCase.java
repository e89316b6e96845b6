package dev.parley.domain.conversation.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import java.util.List;

/** Use case: membership of groups and broadcasts: add, remove, change role, leave. */
public interface ParticipantsUseCase {
    /** Adds the users not yet in; returns every current participant. */
    List<Participant> add(UserId actor, ConversationId id, List<UserId> userIds);

    void remove(UserId actor, ConversationId id, UserId target);

    Participant changeRole(UserId actor, ConversationId id, UserId target, Role role);

    void leave(UserId actor, ConversationId id);
}
