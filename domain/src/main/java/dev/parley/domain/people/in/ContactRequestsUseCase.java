package dev.parley.domain.people.in;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestDirection;
import dev.parley.domain.people.ContactRequestId;
import dev.parley.domain.shared.Page;

/** Use cases: send, answer, cancel and list contact requests. */
public interface ContactRequestsUseCase {
    /** Exactly one of {@code userId} / {@code username} names the recipient. */
    record SendCommand(String userId, String username, String message) {
    }

    /** What sending did: a new pending request, or the other side had already asked and you are now contacts. */
    sealed interface SendResult {
        ContactRequest request();
    }

    /** A new pending request. */
    record Requested(ContactRequest request) implements SendResult {
    }

    /** The other side's pending request, now accepted. */
    record BecameContacts(ContactRequest request) implements SendResult {
    }

    /** A pending request with both parties' profiles, so a list shows who asked without more calls. */
    record PendingRequest(ContactRequest request, User from, User to) {
    }

    SendResult send(UserId caller, SendCommand command);

    ContactRequest accept(UserId caller, ContactRequestId id);

    ContactRequest decline(UserId caller, ContactRequestId id);

    void cancel(UserId caller, ContactRequestId id);

    Page<PendingRequest> listPending(UserId caller, ContactRequestDirection direction, String cursor, int limit);
}
