package dev.parley.http.people;

import dev.parley.domain.people.ContactRemoved;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestAccepted;
import dev.parley.domain.people.ContactRequestDeclined;
import dev.parley.domain.people.ContactRequestReceived;
import dev.parley.domain.people.PeopleEvent;
import dev.parley.domain.people.UserBlocked;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.http.realtime.EventEncoder;
import dev.parley.http.realtime.Frames;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code contact.request.*} {request} and {@code contact.removed} {user_id}. Blocks have no frame: the blocked
 * user is never told, and the blocker's devices learn of it through the {@code contact.removed} that ends the contact.
 */
final class PeopleEventEncoder implements EventEncoder {
    record RequestFrame(String type, RequestPayload request) {
    }

    /** The request as the contract's frame carries it (without the parties' profiles). */
    record RequestPayload(String id, String fromUserId, String toUserId, String status, String message,
                          Instant createdAt, Instant respondedAt) {
        static RequestPayload from(ContactRequest request) {
            return new RequestPayload(request.id().toString(), request.from().toString(), request.to().toString(),
                    request.status().wire(), request.message(), request.createdAt(), request.respondedAt());
        }
    }

    record RemovedFrame(String type, UUID userId) {
    }

    @Override
    public Optional<WireFrame> encode(DomainEvent event) {
        if (!(event instanceof PeopleEvent people)) {
            return Optional.empty();
        }
        return switch (people) {
            case ContactRequestReceived received -> request(people, received.request());
            case ContactRequestAccepted accepted -> request(people, accepted.request());
            case ContactRequestDeclined declined -> request(people, declined.request());
            // As `by` sees it: the contact it lost is `other` (the application mirrors the event for the other side).
            case ContactRemoved removed ->
                    Optional.of(Frames.wire(new RemovedFrame("contact.removed", removed.other().value())));
            case UserBlocked blocked -> Optional.empty();
        };
    }

    private static Optional<WireFrame> request(PeopleEvent event, ContactRequest request) {
        return Optional.of(Frames.wire(new RequestFrame(event.type(), RequestPayload.from(request))));
    }
}
