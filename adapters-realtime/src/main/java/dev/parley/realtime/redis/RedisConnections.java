package dev.parley.realtime.redis;

import dev.parley.domain.shared.HealthCheck;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;

/**
 * The node's Redis client: one shared command connection (Lettuce multiplexes it safely across
 * threads) and one connection dedicated to subscriptions. Also the Redis readiness check.
 */
public final class RedisConnections implements AutoCloseable, HealthCheck {
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> commands;
    private final StatefulRedisPubSubConnection<String, String> pubSub;

    private RedisConnections(RedisClient client) {
        this.client = client;
        this.commands = client.connect();
        this.commands.setTimeout(Duration.ofSeconds(2));
        this.pubSub = client.connectPubSub();
    }

    public static RedisConnections connect(String url) {
        return new RedisConnections(RedisClient.create(url));
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
    }
}
