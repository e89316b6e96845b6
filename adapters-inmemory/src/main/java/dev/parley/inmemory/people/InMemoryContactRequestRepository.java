package dev.parley.inmemory.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestDirection;
import dev.parley.domain.people.ContactRequestId;
import dev.parley.domain.people.ContactRequestStatus;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.inmemory.shared.UuidOrder;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory adapter, thread-safe: one pending request per direction, as the database's partial key. */
public final class InMemoryContactRequestRepository implements ContactRequestRepository {
    private final Map<ContactRequestId, ContactRequest> requests = new LinkedHashMap<>();

    @Override
    public synchronized void insert(ContactRequest request) {
        if (findPending(request.from(), request.to()).isPresent()) {
            throw new ParleyException(ErrorCode.ALREADY_EXISTS, "a contact request is already pending");
        }
        requests.put(request.id(), request);
    }

    @Override
    public synchronized Optional<ContactRequest> find(ContactRequestId id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public synchronized Optional<ContactRequest> findPending(UserId from, UserId to) {
        return requests.values().stream().filter(request -> request.from().equals(from) && request.to().equals(to)
                && request.status() == ContactRequestStatus.PENDING).findFirst();
    }

    @Override
    public synchronized void update(ContactRequest request) {
        requests.put(request.id(), request);
    }

    @Override
    public synchronized int countPendingFrom(UserId from) {
        return (int) requests.values().stream()
                .filter(request -> request.from().equals(from) && request.status() == ContactRequestStatus.PENDING)
                .count();
    }

    @Override
    public synchronized List<ContactRequest> listPending(UserId user, ContactRequestDirection direction,
                                                     ContactRequestId before, int limit) {
        return requests.values().stream()
                .filter(request -> request.status() == ContactRequestStatus.PENDING)
                .filter(request -> (direction == ContactRequestDirection.INCOMING ? request.to() : request.from()).equals(user))
                .filter(request -> before == null || UuidOrder.UNSIGNED.compare(request.id().value(), before.value()) < 0)
                .sorted(Comparator.comparing((ContactRequest request) -> request.id().value(), UuidOrder.UNSIGNED).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized void cancelPendingBetween(UserId a, UserId b, Instant at) {
        requests.replaceAll((id, request) -> request.status() == ContactRequestStatus.PENDING
                && request.involves(a) && request.involves(b) ? request.cancel(request.from(), at) : request);
    }

    /** Every stored request in insertion order, for the in-memory change feed. */
    public synchronized List<ContactRequest> all() {
        return List.copyOf(requests.values());
    }

    @Override
    public synchronized void deleteAllInvolving(UserId user) {
        requests.values().removeIf(request -> request.involves(user));
    }
}
