package dev.parley.persistence.people;

import dagger.Module;
import dagger.Provides;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.people.out.UserSearch;
import dev.parley.persistence.database.Database;
import javax.inject.Singleton;

/** PostgreSQL adapters of contacts, blocks and profiles. */
@Module
public final class PeoplePersistenceModule {
    private PeoplePersistenceModule() {
    }

    @Provides
    @Singleton
    static ContactRepository contacts(Database database) {
        return new JdbiContactRepository(database);
    }

    @Provides
    @Singleton
    static ContactRequestRepository contactRequests(Database database) {
        return new JdbiContactRequestRepository(database);
    }

    @Provides
    @Singleton
    static BlockRepository blocks(Database database) {
        return new JdbiBlockRepository(database);
    }

    @Provides
    @Singleton
    static UserSearch userSearch(Database database) {
        return new JdbiUserSearch(database);
    }
}
