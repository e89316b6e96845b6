package dev.parley.http.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.ContactRemoved;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestAccepted;
import dev.parley.domain.people.ContactRequestDeclined;
import dev.parley.domain.people.ContactRequestReceived;
import dev.parley.domain.people.PeopleEvent;
import dev.parley.domain.people.UserBlocked;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.http.realtime.EventEncoder;
import dev.parley.http.realtime.Frames;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code contact.request.*} {request} and {@code contact.removed} {user_id} to the devices of both users.
 * Blocks are not announced: the blocked user is never told, and the blocker's devices learn of it through
 * the {@code contact.removed} that ends the contact.
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
    public List<Delivery> encode(DomainEvent event) {
        if (!(event instanceof PeopleEvent people)) {
            return List.of();
        }
        return switch (people) {
            case ContactRequestReceived received -> request(people, received.request());
            case ContactRequestAccepted accepted -> request(people, accepted.request());
            case ContactRequestDeclined declined -> request(people, declined.request());
            // Each side is told who it lost: the other one.
            case ContactRemoved removed -> List.of(removed(removed.by(), removed.other()), removed(removed.other(), removed.by()));
            case UserBlocked blocked -> List.of();
        };
    }

    private static List<Delivery> request(PeopleEvent event, ContactRequest request) {
        String json = Frames.json(new RequestFrame(event.type(), RequestPayload.from(request)));
        return List.of(Delivery.of(new Audience.Users(event.audience()), json));
    }

    private static Delivery removed(UserId recipient, UserId lost) {
        return Delivery.of(Audience.Users.of(recipient), Frames.json(new RemovedFrame("contact.removed", lost.value())));
    }
}
