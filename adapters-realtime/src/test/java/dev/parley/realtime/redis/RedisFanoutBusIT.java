package dev.parley.realtime.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.testing.contracts.FanoutBusContract;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.out.FanoutBus;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Redis bus against the fan-out contract, plus what only a multi-node bus promises: another node gets every
 * delivery once too. Skipped when Redis is unreachable.
 */
class RedisFanoutBusIT extends FanoutBusContract {
    private RedisConnections redis;
    private RedisConnections otherNodeRedis;
    private RedisFanoutBus bus;
    private RedisFanoutBus otherNode;

    @BeforeEach
    void connect() {
        redis = TestRedis.connectOrSkip();
        otherNodeRedis = RedisConnections.connect(TestRedis.url());
        bus = new RedisFanoutBus(redis);
        otherNode = new RedisFanoutBus(otherNodeRedis);
    }

    @AfterEach
    void close() {
        for (AutoCloseable closing : new AutoCloseable[] {bus, otherNode, redis, otherNodeRedis}) {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (Exception ignored) {
                // best effort: the next test connects afresh
            }
        }
    }

    @Override
    protected FanoutBus bus() {
        return bus;
    }

    @Test
    void every_node_including_the_publishing_one_gets_each_delivery_once_in_order() {
        Collector here = collect(bus);
        Collector there = collect(otherNode);
        Audience audience = Audience.Users.of(new UserId(UUID.randomUUID()));

        for (int seq = 1; seq <= 20; seq++) {
            bus.publish(delivery(audience, seq));
        }

        assertThat(here.awaitEvents(20)).containsExactlyElementsOf(there.awaitEvents(20)).hasSize(20)
                .startsWith(event(1)).endsWith(event(20));
        assertThat(drained(there)).hasSize(20);
    }
}
