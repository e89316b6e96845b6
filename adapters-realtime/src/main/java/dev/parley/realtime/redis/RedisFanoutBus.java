package dev.parley.realtime.redis;

import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.out.FanoutBus;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Realtime adapter for many nodes: one PUBLISH per delivery on {@link #CHANNEL}; every node, this one
 * included, receives it once through its subscription (the node never delivers locally on publish, so
 * each socket sees each event exactly once). Publishing is asynchronous and never blocks the caller.
 */
public final class RedisFanoutBus implements FanoutBus, AutoCloseable {
    public static final String CHANNEL = "parley:fanout";
    private static final Logger LOG = LoggerFactory.getLogger(RedisFanoutBus.class);

    private final RedisConnections redis;
    private final List<Consumer<Delivery>> subscribers = new CopyOnWriteArrayList<>();
    // Off Lettuce's I/O thread, one at a time: keeps the channel's order and lets a membership
    // index load briefly on a miss without stalling Redis traffic.
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("parley-fanout").factory());

    public RedisFanoutBus(RedisConnections redis) {
        this.redis = redis;
        redis.pubSub().addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, byte[] message) {
                if (CHANNEL.equals(channel) && !dispatcher.isShutdown()) {
                    try {
                        dispatcher.execute(() -> dispatch(message));
                    } catch (java.util.concurrent.RejectedExecutionException stopping) {
                        // the node is stopping
                    }
                }
            }
        });
        redis.pubSub().sync().subscribe(CHANNEL);
    }

    @Override
    public void publish(Delivery delivery) {
        redis.publisher().async().publish(CHANNEL, DeliveryCodec.encode(delivery)).whenComplete((receivers, failure) -> {
            if (failure != null) {
                LOG.warn("fan-out publish failed (clients will catch up): {}", failure.getMessage());
            }
        });
    }

    @Override
    public void subscribe(Consumer<Delivery> subscriber) {
        subscribers.add(subscriber);
    }

    @Override
    public void close() {
        dispatcher.shutdown();
    }

    private void dispatch(byte[] message) {
        Delivery delivery;
        try {
            delivery = DeliveryCodec.decode(message);
        } catch (RuntimeException unreadable) {
            LOG.warn("ignoring an unreadable fan-out frame: {}", unreadable.getMessage());
            return;
        }
        for (Consumer<Delivery> subscriber : subscribers) {
            try {
                subscriber.accept(delivery);
            } catch (RuntimeException failure) {
                LOG.warn("fan-out subscriber failed", failure);
            }
        }
    }
}
