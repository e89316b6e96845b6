package dev.parley.realtime.inprocess;

import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.out.FanoutBus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Realtime adapter for a single node: hands each delivery to the subscribers on the publishing thread. */
public final class InProcessFanoutBus implements FanoutBus {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessFanoutBus.class);

    private final List<Consumer<Delivery>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Delivery delivery) {
        for (Consumer<Delivery> subscriber : subscribers) {
            try {
                subscriber.accept(delivery);
            } catch (RuntimeException failure) {
                LOG.warn("fan-out subscriber failed", failure);
            }
        }
    }

    @Override
    public void subscribe(Consumer<Delivery> subscriber) {
        subscribers.add(subscriber);
    }
}
