package dev.parley.application.people;

import dev.parley.application.account.SessionRevoker;
import dev.parley.domain.account.SessionRevoked;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.ContactRemoved;
import dev.parley.domain.people.in.DeleteAccountUseCase;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Deletes an account in one transaction: every session revoked, contacts, requests and blocks
 * removed, the profile anonymised and the e-mail freed. The row stays so messages keep their author.
 */
public final class AccountDeletionService implements DeleteAccountUseCase {
    private final LiveUsers live;
    private final UserRepository users;
    private final ContactRepository contacts;
    private final ContactRequestRepository requests;
    private final BlockRepository blocks;
    private final SessionRevoker revoker;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Clock clock;

    public AccountDeletionService(UserRepository users, ContactRepository contacts, ContactRequestRepository requests,
                                  BlockRepository blocks, SessionRevoker revoker, Transactions transactions,
                                  EventPublisher events, Clock clock) {
        this.live = new LiveUsers(users);
        this.users = users;
        this.contacts = contacts;
        this.requests = requests;
        this.blocks = blocks;
        this.revoker = revoker;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void delete(UserId caller) {
        Instant now = clock.instant();
        record Outcome(List<SessionRevoked> revoked, List<UserId> formerContacts) {
        }
        Outcome outcome = transactions.inTransaction(() -> {
            User user = live.byId(caller);
            List<SessionRevoked> revoked = revoker.revokeAll(caller, now);
            List<UserId> formerContacts = contacts.removeAll(caller);
            requests.deleteAllInvolving(caller);
            blocks.removeAllInvolving(caller);
            users.update(user.anonymised(now));
            return new Outcome(revoked, formerContacts);
        });
        revoker.announce(outcome.revoked());
        outcome.formerContacts().forEach(contact -> events.publish(new ContactRemoved(caller, contact)));
    }
}
