package dev.parley.domain.people.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestDirection;
import dev.parley.domain.people.ContactRequestId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outgoing port: contact requests. */
public interface ContactRequestRepository {
    /** Stores a pending request; rejects with {@code already_exists} when one is already pending. */
    void insert(ContactRequest request);

    Optional<ContactRequest> find(ContactRequestId id);

    Optional<ContactRequest> findPending(UserId from, UserId to);

    /** Saves a transition of a pending request. */
    void update(ContactRequest request);

    int countPendingFrom(UserId from);

    /** Pending requests of {@code user} on one side, newest first, older than {@code before} (null = newest). */
    List<ContactRequest> listPending(UserId user, ContactRequestDirection direction, ContactRequestId before,
                                     int limit);

    /** Cancels whatever is pending between the two, in either direction. */
    void cancelPendingBetween(UserId a, UserId b, Instant at);

    /** Deletes every request sent or received by {@code user}. */
    void deleteAllInvolving(UserId user);
}
