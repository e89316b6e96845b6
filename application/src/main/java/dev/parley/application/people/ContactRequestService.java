package dev.parley.application.people;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestAccepted;
import dev.parley.domain.people.ContactRequestDeclined;
import dev.parley.domain.people.ContactRequestDirection;
import dev.parley.domain.people.ContactRequestId;
import dev.parley.domain.people.ContactRequestReceived;
import dev.parley.domain.people.ReachabilityCheck.Channel;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.people.in.ContactRequestsUseCase;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.Page;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Contact requests: sending (with the mutual-request shortcut and the pending cap), answering, cancelling, listing. */
public final class ContactRequestService implements ContactRequestsUseCase {
    private final ContactRequestRepository requests;
    private final ContactRepository contacts;
    private final UserRepository users;
    private final LiveUsers live;
    private final ReachabilityCheck reachability;
    private final PeopleSettings settings;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Clock clock;

    public ContactRequestService(ContactRequestRepository requests, ContactRepository contacts, UserRepository users,
                                 ReachabilityCheck reachability, PeopleSettings settings, Transactions transactions,
                                 EventPublisher events, Clock clock) {
        this.requests = requests;
        this.contacts = contacts;
        this.users = users;
        this.live = new LiveUsers(users);
        this.reachability = reachability;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SendResult send(UserId caller, SendCommand command) {
        if ((command.userId() == null) == (command.username() == null)) {
            throw ParleyException.invalid("user_id", "give exactly one of user_id or username");
        }
        UserId named = command.userId() == null ? null : UserId.parse("user_id", command.userId());
        Instant now = clock.instant();
        SendResult result = transactions.inTransaction(() -> {
            User target = named != null ? live.byId(named) : live.byUsername(command.username());
            if (target.id().equals(caller)) {
                throw ParleyException.invalid(named != null ? "user_id" : "username",
                        "cannot send a contact request to yourself");
            }
            reachability.require(caller, target.id(), Channel.CONTACT_REQUEST);
            if (contacts.areContacts(caller, target.id())) {
                throw ParleyException.conflict("you are already contacts");
            }
            var theirs = requests.findPending(target.id(), caller);
            if (theirs.isPresent()) {
                ContactRequest accepted = theirs.get().accept(caller, now);
                requests.update(accepted);
                contacts.add(caller, target.id(), now);
                return new BecameContacts(accepted);
            }
            if (requests.findPending(caller, target.id()).isPresent()) {
                throw new ParleyException(ErrorCode.ALREADY_EXISTS, "a contact request is already pending");
            }
            if (requests.countPendingFrom(caller) >= settings.maxPendingOutgoingRequests()) {
                throw new ParleyException(ErrorCode.RATE_LIMITED, "too many pending contact requests",
                        List.of(), settings.pendingCapRetryAfter());
            }
            ContactRequest request = ContactRequest.create(new ContactRequestId(Ids.newId(now)), caller,
                    target.id(), command.message(), now);
            requests.insert(request);
            return new Requested(request);
        });
        events.publish(result instanceof BecameContacts became
                ? new ContactRequestAccepted(became.request()) : new ContactRequestReceived(result.request()));
        return result;
    }

    @Override
    public ContactRequest accept(UserId caller, ContactRequestId id) {
        Instant now = clock.instant();
        ContactRequest accepted = transactions.inTransaction(() -> {
            ContactRequest request = load(caller, id).accept(caller, now);
            reachability.require(caller, request.from(), Channel.CONTACT_REQUEST);
            requests.update(request);
            contacts.add(request.from(), request.to(), now);
            return request;
        });
        events.publish(new ContactRequestAccepted(accepted));
        return accepted;
    }

    @Override
    public ContactRequest decline(UserId caller, ContactRequestId id) {
        Instant now = clock.instant();
        ContactRequest declined = transactions.inTransaction(() -> {
            ContactRequest request = load(caller, id).decline(caller, now);
            requests.update(request);
            return request;
        });
        events.publish(new ContactRequestDeclined(declined));
        return declined;
    }

    @Override
    public void cancel(UserId caller, ContactRequestId id) {
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            requests.update(load(caller, id).cancel(caller, now));
            return null;
        });
    }

    @Override
    public Page<PendingRequest> listPending(UserId caller, ContactRequestDirection direction, String cursor,
                                            int limit) {
        var before = Cursors.parse(cursor);
        List<ContactRequest> fetched = requests.listPending(caller, direction,
                before == null ? null : new ContactRequestId(before), limit + 1);
        Page<ContactRequest> page = Cursors.page(fetched, limit, request -> request.id().value());
        Map<UserId, User> people = users.findAllById(page.items().stream()
                        .flatMap(request -> Stream.of(request.from(), request.to())).toList())
                .stream().collect(Collectors.toMap(User::id, user -> user));
        return page.map(request -> new PendingRequest(request, people.get(request.from()), people.get(request.to())));
    }

    private ContactRequest load(UserId caller, ContactRequestId id) {
        return requests.find(id).filter(request -> request.involves(caller))
                .orElseThrow(() -> ParleyException.notFound("contact request"));
    }
}
