package dev.parley.application.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestId;
import dev.parley.domain.people.ContactRequestStatus;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fake contact-request repository for application tests. */
public final class InMemoryContactRequests implements ContactRequestRepository {
    private final Map<ContactRequestId, ContactRequest> requests = new LinkedHashMap<>();

    @Override
    public void insert(ContactRequest request) {
        if (findPending(request.from(), request.to()).isPresent()) {
            throw new ParleyException(ErrorCode.ALREADY_EXISTS, "a contact request is already pending");
        }
        requests.put(request.id(), request);
    }

    @Override
    public Optional<ContactRequest> find(ContactRequestId id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public Optional<ContactRequest> findPending(UserId from, UserId to) {
        return requests.values().stream().filter(request -> request.from().equals(from) && request.to().equals(to)
                && request.status() == ContactRequestStatus.PENDING).findFirst();
    }

    @Override
    public void update(ContactRequest request) {
        requests.put(request.id(), request);
    }

    @Override
    public int countPendingFrom(UserId from) {
        return (int) requests.values().stream()
                .filter(request -> request.from().equals(from) && request.status() == ContactRequestStatus.PENDING)
                .count();
    }

    @Override
    public List<ContactRequest> listPending(UserId user, Direction direction, ContactRequestId before, int limit) {
        return requests.values().stream()
                .filter(request -> request.status() == ContactRequestStatus.PENDING)
                .filter(request -> (direction == Direction.INCOMING ? request.to() : request.from()).equals(user))
                .filter(request -> before == null || request.id().value().compareTo(before.value()) < 0)
                .sorted(Comparator.comparing((ContactRequest request) -> request.id().value()).reversed())
                .limit(limit).toList();
    }

    @Override
    public void cancelPendingBetween(UserId a, UserId b, Instant at) {
        requests.replaceAll((id, request) -> request.status() == ContactRequestStatus.PENDING
                && request.involves(a) && request.involves(b) ? request.cancel(request.from(), at) : request);
    }

    @Override
    public void deleteAllInvolving(UserId user) {
        requests.values().removeIf(request -> request.involves(user));
    }
}
