package dev.parley.domain.realtime.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.realtime.ConversationChange;
import java.time.Instant;
import java.util.List;

/** Outgoing port: what changed for a user after an instant (conversations, contact requests, calls). */
public interface ChangeFeed {
    /** The database's clock: change timestamps are compared against it, so tokens come from it too. */
    Instant now();

    List<ConversationChange> conversations(UserId userId, Instant after);

    List<ContactRequest> contactRequests(UserId userId, Instant after);

    List<Call> calls(UserId userId, Instant after);
}
