package dev.parley.domain.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * One user's request to become another's contact. Transitions return the next state and check who
 * may make them: only the recipient answers, only the sender cancels, and only while pending.
 */
public record ContactRequest(ContactRequestId id, UserId from, UserId to, String message,
                             ContactRequestStatus status, Instant createdAt, Instant respondedAt) {
    public static final int MAX_MESSAGE_LENGTH = 500;

    public ContactRequest {
        Objects.requireNonNull(id);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(status);
        Objects.requireNonNull(createdAt);
    }

    /** A new pending request; the message is trimmed, blank means none. */
    public static ContactRequest create(ContactRequestId id, UserId from, UserId to, String message, Instant at) {
        String trimmed = message == null || message.isBlank() ? null : message.strip();
        Text.check("message", trimmed, Text.Lines.MULTI);
        if (trimmed != null && trimmed.codePointCount(0, trimmed.length()) > MAX_MESSAGE_LENGTH) {
            throw ParleyException.invalid("message", "must be at most " + MAX_MESSAGE_LENGTH + " characters");
        }
        return new ContactRequest(id, from, to, trimmed, ContactRequestStatus.PENDING, at, null);
    }

    public boolean involves(UserId user) {
        return from.equals(user) || to.equals(user);
    }

    public ContactRequest accept(UserId by, Instant at) {
        requireRecipient(by);
        return moveTo(ContactRequestStatus.ACCEPTED, at);
    }

    public ContactRequest decline(UserId by, Instant at) {
        requireRecipient(by);
        return moveTo(ContactRequestStatus.DECLINED, at);
    }

    public ContactRequest cancel(UserId by, Instant at) {
        requireInvolved(by);
        if (!from.equals(by)) {
            throw ParleyException.forbidden("only the sender can cancel a contact request");
        }
        return moveTo(ContactRequestStatus.CANCELLED, at);
    }

    private void requireRecipient(UserId by) {
        requireInvolved(by);
        if (!to.equals(by)) {
            throw ParleyException.forbidden("only the recipient can answer a contact request");
        }
    }

    /** Outsiders learn nothing about other people's requests: for them it does not exist. */
    private void requireInvolved(UserId by) {
        if (!involves(by)) {
            throw ParleyException.notFound("contact request");
        }
    }

    private ContactRequest moveTo(ContactRequestStatus next, Instant at) {
        if (status != ContactRequestStatus.PENDING) {
            throw ParleyException.conflict("the contact request is already " + status.wire());
        }
        return new ContactRequest(id, from, to, message, next, createdAt, at);
    }
}
