package dev.parley.realtime.redis;

import dev.parley.application.testing.contracts.TicketStoreContract;
import dev.parley.domain.realtime.out.TicketStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Socket tickets on a real Redis against the ticket-store contract; skipped when Redis is unreachable. */
class RedisTicketStoreIT extends TicketStoreContract {
    private static RedisConnections redis;

    @BeforeAll
    static void connect() {
        redis = TestRedis.connectOrSkip();
    }

    @AfterAll
    static void close() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected TicketStore tickets() {
        return new RedisTicketStore(redis);
    }
}
