package dev.parley.http.people;

import dev.parley.domain.people.ContactRequest;
import java.time.Instant;

/** A contact request on the wire. */
public record ContactRequestView(String id, String fromUserId, String toUserId, String status, String message,
                                 Instant createdAt, Instant respondedAt) {
    public static ContactRequestView from(ContactRequest request) {
        return new ContactRequestView(request.id().toString(), request.from().toString(), request.to().toString(),
                request.status().wire(), request.message(), request.createdAt(), request.respondedAt());
    }
}
