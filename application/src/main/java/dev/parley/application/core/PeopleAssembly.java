package dev.parley.application.core;

import dev.parley.application.account.SessionRevoker;
import dev.parley.application.file.AccountFilesRemoval;
import dev.parley.application.people.AccountDeletionService;
import dev.parley.application.people.BlockService;
import dev.parley.application.people.ContactRequestService;
import dev.parley.application.people.ContactsService;
import dev.parley.application.people.LivePresence;
import dev.parley.application.people.PeopleSettings;
import dev.parley.application.people.ProfileService;
import dev.parley.application.people.ReachabilityService;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.people.in.BlocksUseCase;
import dev.parley.domain.people.in.ContactRequestsUseCase;
import dev.parley.domain.people.in.ContactsUseCase;
import dev.parley.domain.people.in.DeleteAccountUseCase;
import dev.parley.domain.people.in.ProfileUseCase;
import dev.parley.domain.realtime.in.PresenceQuery;
import dev.parley.domain.shared.EventPublisher;

/** The people use cases (profiles, contacts, blocks, account deletion) and the reachability rule. */
final class PeopleAssembly {
    final ReachabilityCheck reachability;
    final ProfileUseCase profiles;
    final ContactRequestsUseCase contactRequests;
    final ContactsUseCase contacts;
    final BlocksUseCase blocks;
    final DeleteAccountUseCase deleteAccount;

    PeopleAssembly(Ports ports, EventPublisher events, PeopleSettings settings, PresenceQuery presence,
                   SessionRevoker revoker, FileAssembly files) {
        var clock = ports.clock();
        var transactions = ports.transactions();
        reachability = new ReachabilityService(ports.users(), ports.blocks(), ports.contacts());
        profiles = new ProfileService(ports.users(), ports.userSearch(), transactions, files.avatars);
        contactRequests = new ContactRequestService(ports.contactRequests(), ports.contacts(), ports.users(),
                reachability, settings, transactions, events, clock);
        // Contact lists read the real-time feature's presence: one source of truth for online/offline.
        contacts = new ContactsService(ports.contacts(), new LivePresence(presence), transactions, events);
        blocks = new BlockService(ports.blocks(), ports.contacts(), ports.contactRequests(), ports.users(),
                transactions, events, clock);
        deleteAccount = new AccountFilesRemoval(new AccountDeletionService(ports.users(), ports.contacts(),
                ports.contactRequests(), ports.blocks(), revoker, transactions, events, clock),
                ports.files(), files.bytes, clock);
    }
}
