package dev.parley.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.RedisSupport;
import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.realtime.redis.RedisConnections;
import dev.parley.realtime.redis.RedisFanoutBus;
import dev.parley.realtime.redis.RedisRateLimiter;
import dev.parley.realtime.redis.RedisTicketStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Redis adapters against a real Redis, as two nodes would use them (two separate connections). */
class RedisAdaptersIT {
    private static RedisConnections nodeA;
    private static RedisConnections nodeB;

    @BeforeAll
    static void connect() {
        String url = RedisSupport.urlOrSkip();
        nodeA = RedisConnections.connect(url);
        nodeB = RedisConnections.connect(url);
    }

    @AfterAll
    static void disconnect() {
        if (nodeA != null) {
            nodeA.close();
            nodeB.close();
        }
    }

    @Test
    void every_node_including_the_publisher_receives_each_delivery_exactly_once_in_order() {
        String marker = UUID.randomUUID().toString();
        List<String> onA = new CopyOnWriteArrayList<>();
        List<String> onB = new CopyOnWriteArrayList<>();
        try (RedisFanoutBus busA = new RedisFanoutBus(nodeA); RedisFanoutBus busB = new RedisFanoutBus(nodeB)) {
            busA.subscribe(delivery -> keep(onA, delivery, marker));
            busB.subscribe(delivery -> keep(onB, delivery, marker));

            Audience group = new Audience.Conversation(UUID.randomUUID());
            for (int seq = 1; seq <= 50; seq++) {
                busA.publish(Delivery.of(group, WireFrame.ofText("{\"marker\":\"" + marker + "\",\"seq\":" + seq + "}")));
            }
            Await.until(() -> onA.size() >= 50 && onB.size() >= 50, Duration.ofSeconds(5), "both nodes received all 50");
            Await.holdsThroughout(() -> onA.size() == 50 && onB.size() == 50, Duration.ofMillis(200),
                    "no delivery arrives twice");
        }
        assertThat(onA).hasSize(50).isEqualTo(onB);
        assertThat(onA.getFirst()).endsWith("\"seq\":1}");
        assertThat(onA.getLast()).endsWith("\"seq\":50}");
    }

    @Test
    void a_rate_limit_holds_across_nodes() {
        RateLimiter limiterA = new RedisRateLimiter(nodeA);
        RateLimiter limiterB = new RedisRateLimiter(nodeB);
        String key = "test:" + UUID.randomUUID();
        RateLimiter.Limit limit = new RateLimiter.Limit(4, Duration.ofSeconds(30));
        Instant now = Instant.now();

        assertThat(limiterA.acquire(key, limit, now)).isEmpty();
        assertThat(limiterB.acquire(key, limit, now)).isEmpty();
        assertThat(limiterA.acquire(key, limit, now)).isEmpty();
        assertThat(limiterB.acquire(key, limit, now)).isEmpty();

        assertThat(limiterA.acquire(key, limit, now)).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30)));
        assertThat(limiterB.check(key, limit, now)).isPresent();
        limiterB.reset(key);
        assertThat(limiterA.acquire(key, limit, now)).isEmpty();
    }

    @Test
    void a_ticket_saved_by_one_node_is_taken_once_by_another_and_expires() throws Exception {
        RedisTicketStore storeA = new RedisTicketStore(nodeA);
        RedisTicketStore storeB = new RedisTicketStore(nodeB);
        Principal alice = new Principal(new UserId(UUID.randomUUID()), new SessionId(UUID.randomUUID()));

        storeA.save("digest-" + alice.sessionId(), alice, Instant.now().plusSeconds(30));
        assertThat(storeB.take("digest-" + alice.sessionId(), Instant.now())).contains(alice);
        assertThat(storeA.take("digest-" + alice.sessionId(), Instant.now())).isEmpty();

        Instant expiry = Instant.now().plusMillis(100);
        storeA.save("short-" + alice.sessionId(), alice, expiry);
        // Redis counts the lifetime from when the command arrives, a moment after it was computed
        Await.until(() -> Instant.now().isAfter(expiry.plusMillis(50)), "the ticket's expiry has passed");
        assertThat(storeB.take("short-" + alice.sessionId(), Instant.now())).isEmpty();
    }

    private static void keep(List<String> received, Delivery delivery, String marker) {
        if (delivery.frame().text().contains(marker)) {
            received.add(delivery.frame().text());
        }
    }
}
