package dev.parley.persistence.realtime;

import dagger.Module;
import dagger.Provides;
import dev.parley.domain.realtime.out.ChangeFeed;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.persistence.database.Database;
import javax.inject.Singleton;

/** PostgreSQL implementations of the real-time ports. */
@Module
public final class RealtimePersistenceModule {
    private RealtimePersistenceModule() {
    }

    @Provides
    @Singleton
    static LastSeenRepository lastSeen(Database database) {
        return new JdbiLastSeenRepository(database);
    }

    @Provides
    @Singleton
    static ChangeFeed changeFeed(Database database) {
        return new JdbiChangeFeed(database);
    }
}
