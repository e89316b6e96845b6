package dev.parley.http.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.domain.account.User;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.in.ContactRequestsUseCase.PendingRequest;
import dev.parley.http.account.UserView;
import java.time.Instant;

/** A contact request on the wire; lists add both parties' public views ({@code from_user}, {@code to_user}). */
public record ContactRequestView(String id, String fromUserId, String toUserId, String status, String message,
                                 Instant createdAt, Instant respondedAt,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) UserView fromUser,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) UserView toUser) {
    public static ContactRequestView from(ContactRequest request) {
        return of(request, null, null);
    }

    public static ContactRequestView from(PendingRequest pending) {
        return of(pending.request(), pending.from(), pending.to());
    }

    private static ContactRequestView of(ContactRequest request, User from, User to) {
        return new ContactRequestView(request.id().toString(), request.from().toString(), request.to().toString(),
                request.status().wire(), request.message(), request.createdAt(), request.respondedAt(),
                from == null ? null : UserView.from(from), to == null ? null : UserView.from(to));
    }
}
