package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.account.SessionRevoker;
import dev.parley.application.people.AccountDeletionService;
import dev.parley.application.people.BlockService;
import dev.parley.application.people.ContactRequestService;
import dev.parley.application.people.ContactsService;
import dev.parley.application.people.LivePresence;
import dev.parley.application.people.PeopleSettings;
import dev.parley.application.people.ProfileService;
import dev.parley.application.file.AccountFilesRemoval;
import dev.parley.application.file.AvatarService;
import dev.parley.application.file.FileBytes;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.application.people.ReachabilityService;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.people.in.BlocksUseCase;
import dev.parley.domain.people.in.ContactRequestsUseCase;
import dev.parley.domain.people.in.ContactsUseCase;
import dev.parley.domain.people.in.DeleteAccountUseCase;
import dev.parley.domain.people.in.ProfileUseCase;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.people.out.PresenceQuery;
import dev.parley.domain.people.out.UserSearch;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import javax.inject.Singleton;

/** Wires the people use cases (profiles, contacts, blocks, reachability) to their ports. */
@Module
final class PeopleServicesModule {
    private PeopleServicesModule() {
    }

    @Provides
    static PeopleSettings peopleSettings() {
        return PeopleSettings.defaults();
    }

    @Provides
    @Singleton
    static ReachabilityCheck reachability(UserRepository users, BlockRepository blocks, ContactRepository contacts) {
        return new ReachabilityService(users, blocks, contacts);
    }

    /** Contact lists read the real-time feature's presence: one source of truth for online/offline. */
    @Provides
    @Singleton
    static PresenceQuery presence(dev.parley.domain.realtime.in.PresenceQuery realtime) {
        return new LivePresence(realtime);
    }

    @Provides
    @Singleton
    static ProfileUseCase profiles(UserRepository users, UserSearch search, Transactions transactions,
                                   AvatarService avatars) {
        return new ProfileService(users, search, transactions, avatars);
    }

    @Provides
    @Singleton
    static ContactRequestsUseCase contactRequests(ContactRequestRepository requests, ContactRepository contacts,
                                                  UserRepository users, ReachabilityCheck reachability,
                                                  PeopleSettings settings, Transactions transactions,
                                                  EventPublisher events, Clock clock) {
        return new ContactRequestService(requests, contacts, users, reachability, settings, transactions, events, clock);
    }

    @Provides
    @Singleton
    static ContactsUseCase contacts(ContactRepository contacts, PresenceQuery presence, Transactions transactions,
                                    EventPublisher events) {
        return new ContactsService(contacts, presence, transactions, events);
    }

    @Provides
    @Singleton
    static BlocksUseCase blocks(BlockRepository blocks, ContactRepository contacts, ContactRequestRepository requests,
                                UserRepository users, Transactions transactions, EventPublisher events, Clock clock) {
        return new BlockService(blocks, contacts, requests, users, transactions, events, clock);
    }

    @Provides
    @Singleton
    static DeleteAccountUseCase deleteAccount(UserRepository users, ContactRepository contacts,
                                              ContactRequestRepository requests, BlockRepository blocks,
                                              SessionRevoker revoker, Transactions transactions,
                                              EventPublisher events, Clock clock, FileRepository files,
                                              FileBytes bytes) {
        return new AccountFilesRemoval(
                new AccountDeletionService(users, contacts, requests, blocks, revoker, transactions, events, clock),
                files, bytes, clock);
    }
}
