package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.people.EveryoneReachable;
import dev.parley.domain.people.ReachabilityCheck;
import javax.inject.Singleton;

/** Wires the people use cases (profiles, contacts, blocks, reachability) to their ports. */
@Module
final class PeopleServicesModule {
    private PeopleServicesModule() {
    }

    @Provides
    @Singleton
    static ReachabilityCheck reachability() {
        return new EveryoneReachable();
    }
}
