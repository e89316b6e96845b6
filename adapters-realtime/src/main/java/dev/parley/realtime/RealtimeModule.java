package dev.parley.realtime;

import dagger.Module;
import dagger.Provides;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.realtime.inprocess.InProcessEventBus;
import dev.parley.realtime.ratelimit.InMemoryRateLimiter;
import javax.inject.Singleton;

/** The realtime adapter's one public module: single-node (in-process) fan-out and rate limits. */
@Module
public final class RealtimeModule {
    private RealtimeModule() {
    }

    @Provides
    @Singleton
    static InProcessEventBus eventBus() {
        return new InProcessEventBus();
    }

    @Provides
    static EventPublisher eventPublisher(InProcessEventBus bus) {
        return bus;
    }

    @Provides
    @Singleton
    static RateLimiter rateLimiter() {
        return new InMemoryRateLimiter();
    }
}
