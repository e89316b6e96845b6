package dev.parley.realtime.redis;

import dev.parley.domain.shared.HealthCheck;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The node's Redis client: one shared command connection (Lettuce multiplexes it safely across
 * threads) and one connection dedicated to subscriptions. Also the Redis readiness check.
 */
public final class RedisConnections implements AutoCloseable, HealthCheck {
    private final RedisClient client;
    private final ClientResources resources;
    private final StatefulRedisConnection<String, String> commands;
    private final StatefulRedisPubSubConnection<String, String> pubSub;

    private RedisConnections(RedisClient client, ClientResources resources) {
        this.client = client;
        this.resources = resources;
        // While Redis is down, commands fail at once instead of queueing behind a reconnect (callers fall back
        // to local state, see RedisOutage); reconnect attempts stay at most a second apart, so delivery
        // across nodes resumes within about a second of Redis coming back.
        client.setOptions(ClientOptions.builder().disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        this.commands = client.connect();
        this.commands.setTimeout(Duration.ofSeconds(2));
        this.pubSub = client.connectPubSub();
    }

    public static RedisConnections connect(String url) {
        ClientResources resources = DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        return new RedisConnections(RedisClient.create(resources, url), resources);
    }

    public StatefulRedisConnection<String, String> connection() {
        return commands;
    }

    public RedisCommands<String, String> sync() {
        return commands.sync();
    }

    public StatefulRedisPubSubConnection<String, String> pubSub() {
        return pubSub;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public boolean isHealthy() {
        try {
            return "PONG".equals(commands.sync().ping());
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    @Override
    public void close() {
        pubSub.close();
        commands.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
