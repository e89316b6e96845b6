package dev.parley.persistence.people;

import dagger.Module;

/** PostgreSQL adapters of contacts, blocks and profiles. */
@Module
public final class PeoplePersistenceModule {
    private PeoplePersistenceModule() {
    }
}
