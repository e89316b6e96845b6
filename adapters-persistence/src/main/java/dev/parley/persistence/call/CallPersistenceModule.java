package dev.parley.persistence.call;

import dagger.Module;
import dagger.Provides;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.persistence.database.Database;
import javax.inject.Singleton;

/** PostgreSQL adapters of calls. */
@Module
public final class CallPersistenceModule {
    private CallPersistenceModule() {
    }

    @Provides
    @Singleton
    static CallRepository calls(Database database) {
        return new JdbiCallRepository(database);
    }
}
