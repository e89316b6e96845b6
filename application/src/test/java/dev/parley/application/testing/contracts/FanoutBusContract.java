package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.realtime.out.FanoutBus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FanoutBus} must do; run against the in-process and the Redis bus. A bus may deliver on its own
 * thread later, so subscribers here collect and the tests wait for the exact deliveries; every test marks its events
 * with its own run id and ignores anything else on the bus (a shared Redis carries other tests' traffic too).
 */
public abstract class FanoutBusContract {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** The bus under test; the same instance for the whole test. */
    protected abstract FanoutBus bus();

    private final String run = UUID.randomUUID().toString();

    /** A delivery marked with this test's run id and {@code seq}. */
    protected Delivery delivery(Audience audience, int seq) {
        return Delivery.of(audience, WireFrame.ofText(event(seq)));
    }

    protected String event(int seq) {
        return "{\"run\":\"" + run + "\",\"seq\":" + seq + "}";
    }

    /** Subscribes a collector that keeps only this test's deliveries. */
    protected Collector collect(FanoutBus on) {
        Collector collector = new Collector(run);
        on.subscribe(collector);
        return collector;
    }

    /**
     * Everything the collector got once a marker published after the rest came through: a bus keeps a publisher's
     * order, so nothing published earlier (a duplicate, say) is still on its way. The marker is left out.
     */
    protected List<Delivery> drained(Collector collector) {
        String marker = event(-1);
        int before = collector.received().size();
        bus().publish(Delivery.of(new Audience.Conversation(UUID.randomUUID()), WireFrame.ofText(marker)));
        collector.awaitDeliveries(before + 1);
        List<Delivery> all = collector.received();
        assertThat(all).extracting(delivery -> delivery.frame().text()).contains(marker);
        return all.stream().filter(delivery -> !delivery.frame().text().equals(marker)).toList();
    }

    @Test
    void every_subscriber_gets_each_delivery_once_in_publish_order() {
        Collector first = collect(bus());
        Collector second = collect(bus());
        Audience audience = Audience.Users.of(new UserId(UUID.randomUUID()));

        for (int seq = 1; seq <= 50; seq++) {
            bus().publish(delivery(audience, seq));
        }

        List<String> expected = IntStream.rangeClosed(1, 50).mapToObj(this::event).toList();
        assertThat(first.awaitEvents(50)).containsExactlyElementsOf(expected);
        assertThat(second.awaitEvents(50)).containsExactlyElementsOf(expected);
        assertThat(drained(first)).hasSize(50);
        assertThat(second.awaitDeliveries(51)).hasSize(51);
    }

    @Test
    void audiences_and_effects_arrive_unchanged() {
        Collector collector = collect(bus());
        SessionId session = new SessionId(UUID.randomUUID());
        List<Delivery> sent = List.of(
                new Delivery(Audience.Users.except(Set.of(new UserId(UUID.randomUUID()), new UserId(UUID.randomUUID())),
                        session), WireFrame.ofText(event(1)), Delivery.Effect.NONE),
                new Delivery(new Audience.Conversation(UUID.randomUUID()), WireFrame.ofText(event(2)), Delivery.Effect.REFRESH_MEMBERS),
                new Delivery(new Audience.Session(session), WireFrame.ofText(event(3)), Delivery.Effect.END_SESSION),
                Delivery.of(new Audience.Users(Set.of()), WireFrame.ofText(event(4))));

        sent.forEach(bus()::publish);

        assertThat(collector.awaitDeliveries(sent.size())).containsExactlyElementsOf(sent);
    }

    @Test
    void a_failing_subscriber_neither_stops_the_others_nor_reaches_the_publisher() {
        bus().subscribe(delivery -> {
            throw new IllegalStateException("a broken socket writer");
        });
        Collector healthy = collect(bus());
        Audience audience = new Audience.Conversation(UUID.randomUUID());

        bus().publish(delivery(audience, 1));
        bus().publish(delivery(audience, 2));

        assertThat(healthy.awaitEvents(2)).containsExactly(event(1), event(2));
    }

    @Test
    void concurrent_publishers_lose_nothing_and_each_keeps_its_own_order() throws Exception {
        Collector collector = collect(bus());
        int publishers = 4;
        int each = 50;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(publishers)) {
            for (int p = 0; p < publishers; p++) {
                Audience audience = new Audience.Conversation(UUID.randomUUID());
                int base = p * 1000;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        bus().publish(delivery(audience, base + i));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> publisher : done) {
                publisher.get();
            }
        }

        List<Delivery> received = collector.awaitDeliveries(publishers * each);
        assertThat(received).hasSize(publishers * each).doesNotHaveDuplicates();
        for (int p = 0; p < publishers; p++) {
            int base = p * 1000;
            List<String> own = IntStream.range(base, base + each).mapToObj(this::event).toList();
            assertThat(received).extracting(delivery -> delivery.frame().text()).filteredOn(own::contains).containsExactlyElementsOf(own);
        }
        assertThat(drained(collector)).hasSize(publishers * each);
    }

    /** Keeps the deliveries of one test run, in arrival order. */
    protected static final class Collector implements Consumer<Delivery> {
        private final String run;
        private final List<Delivery> received = new ArrayList<>();

        Collector(String run) {
            this.run = run;
        }

        @Override
        public synchronized void accept(Delivery delivery) {
            if (delivery.frame().text().contains(run)) {
                received.add(delivery);
                notifyAll();
            }
        }

        /** Waits until {@code count} deliveries arrived (or the patience ran out) and returns what arrived. */
        public synchronized List<Delivery> awaitDeliveries(int count) {
            Instant deadline = Instant.now().plus(PATIENCE);
            while (received.size() < count && Instant.now().isBefore(deadline)) {
                try {
                    wait(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return List.copyOf(received);
        }

        public List<String> awaitEvents(int count) {
            return awaitDeliveries(count).stream().map(delivery -> delivery.frame().text()).toList();
        }

        synchronized List<Delivery> received() {
            return List.copyOf(received);
        }
    }
}
