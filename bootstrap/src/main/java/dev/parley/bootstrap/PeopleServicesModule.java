package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.core.ParleyCore;
import dev.parley.domain.people.in.BlocksUseCase;
import dev.parley.domain.people.in.ContactRequestsUseCase;
import dev.parley.domain.people.in.ContactsUseCase;
import dev.parley.domain.people.in.DeleteAccountUseCase;
import dev.parley.domain.people.in.ProfileUseCase;

/** Hands the HTTP adapter the core's people use cases (profiles, contacts, blocks, account deletion). */
@Module
final class PeopleServicesModule {
    private PeopleServicesModule() {
    }

    @Provides
    static ProfileUseCase profiles(ParleyCore core) {
        return core.profiles();
    }

    @Provides
    static ContactRequestsUseCase contactRequests(ParleyCore core) {
        return core.contactRequests();
    }

    @Provides
    static ContactsUseCase contacts(ParleyCore core) {
        return core.contacts();
    }

    @Provides
    static BlocksUseCase blocks(ParleyCore core) {
        return core.blocks();
    }

    @Provides
    static DeleteAccountUseCase deleteAccount(ParleyCore core) {
        return core.deleteAccount();
    }
}
