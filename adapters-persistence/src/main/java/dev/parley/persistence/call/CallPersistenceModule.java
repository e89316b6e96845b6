package dev.parley.persistence.call;

import dagger.Module;

/** PostgreSQL adapters of calls. */
@Module
public final class CallPersistenceModule {
    private CallPersistenceModule() {
    }
}
