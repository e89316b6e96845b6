package dev.parley.realtime.redis;

import dev.parley.domain.shared.HealthCheck;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The node's Redis client: one shared command connection (Lettuce multiplexes it safely across
 * threads), and for the fan-out one publishing and one subscribed connection whose messages are raw bytes
 * (frames cross Redis as they were encoded, never transcoded). Also the Redis readiness check.
 */
public final class RedisConnections implements AutoCloseable, HealthCheck {
    private static final RedisCodec<String, byte[]> BYTE_MESSAGES = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final RedisClient client;
    private final ClientResources resources;
    private final StatefulRedisConnection<String, String> commands;
    private final StatefulRedisConnection<String, byte[]> publisher;
    private final StatefulRedisPubSubConnection<String, byte[]> pubSub;

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
        this.publisher = client.connect(BYTE_MESSAGES);
        this.publisher.setTimeout(Duration.ofSeconds(2));
        this.pubSub = client.connectPubSub(BYTE_MESSAGES);
    }

    public static RedisConnections connect(String url) {
        ClientResources resources = DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        return new RedisConnections(RedisClient.create(resources, url), resources);
    }

    /** Publishes byte messages (the fan-out). */
    public StatefulRedisConnection<String, byte[]> publisher() {
        return publisher;
    }

    public RedisCommands<String, String> sync() {
        return commands.sync();
    }

    public StatefulRedisPubSubConnection<String, byte[]> pubSub() {
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
        publisher.close();
        commands.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
