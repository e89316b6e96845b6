package dev.parley.realtime;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dev.parley.domain.realtime.out.FanoutBus;
import dev.parley.domain.realtime.out.PresenceLeases;
import dev.parley.domain.realtime.out.TicketStore;
import dev.parley.domain.shared.HealthCheck;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.realtime.inprocess.InMemoryTicketStore;
import dev.parley.realtime.inprocess.InProcessFanoutBus;
import dev.parley.realtime.inprocess.InProcessPresenceLeases;
import dev.parley.realtime.ratelimit.InMemoryRateLimiter;
import dev.parley.realtime.redis.FallbackRateLimiter;
import dev.parley.realtime.redis.FallbackTicketStore;
import dev.parley.realtime.redis.RedisConnections;
import dev.parley.realtime.redis.RedisOutage;
import dev.parley.realtime.redis.RedisFanoutBus;
import dev.parley.realtime.redis.RedisPresenceLeases;
import dev.parley.realtime.redis.RedisRateLimiter;
import dev.parley.realtime.redis.RedisTicketStore;
import java.util.Optional;
import java.util.Set;
import javax.inject.Singleton;

/**
 * The realtime adapter's one public module: fan-out bus, presence leases, socket tickets and rate
 * limits, in-process for a single node or on Redis when {@link RealtimeSettings#redisUrl()} is set.
 */
@Module
public final class RealtimeModule {
    private RealtimeModule() {
    }

    @Provides
    @Singleton
    static Optional<RedisConnections> redis(RealtimeSettings settings) {
        return settings.redisUrl().map(RedisConnections::connect);
    }

    @Provides
    @Singleton
    static FanoutBus fanoutBus(Optional<RedisConnections> redis) {
        return redis.<FanoutBus>map(RedisFanoutBus::new).orElseGet(InProcessFanoutBus::new);
    }

    @Provides
    @Singleton
    static PresenceLeases presenceLeases(Optional<RedisConnections> redis, RealtimeSettings settings) {
        return redis.<PresenceLeases>map(connections -> new RedisPresenceLeases(connections, settings.nodeId()))
                .orElseGet(InProcessPresenceLeases::new);
    }

    @Provides
    @Singleton
    static RedisOutage redisOutage() {
        return new RedisOutage();
    }

    @Provides
    @Singleton
    static TicketStore ticketStore(Optional<RedisConnections> redis, RedisOutage outage) {
        return redis.<TicketStore>map(connections -> new FallbackTicketStore(new RedisTicketStore(connections),
                new InMemoryTicketStore(), outage)).orElseGet(InMemoryTicketStore::new);
    }

    /** Sends and tickets must not depend on Redis: during an outage the limits are counted on this node. */
    @Provides
    @Singleton
    static RateLimiter rateLimiter(Optional<RedisConnections> redis, RedisOutage outage) {
        return redis.<RateLimiter>map(connections -> new FallbackRateLimiter(new RedisRateLimiter(connections),
                new InMemoryRateLimiter(), outage)).orElseGet(InMemoryRateLimiter::new);
    }

    @Provides
    @ElementsIntoSet
    static Set<AutoCloseable> closeRedis(Optional<RedisConnections> redis, FanoutBus bus) {
        // One closeable: the bus stops dispatching before the connections go.
        return redis.<Set<AutoCloseable>>map(connections -> Set.of(() -> {
            if (bus instanceof AutoCloseable closeable) {
                closeable.close();
            }
            connections.close();
        })).orElseGet(Set::of);
    }

    @Provides
    @ElementsIntoSet
    static Set<HealthCheck> redisHealth(Optional<RedisConnections> redis) {
        return redis.<Set<HealthCheck>>map(Set::of).orElseGet(Set::of);
    }
}
