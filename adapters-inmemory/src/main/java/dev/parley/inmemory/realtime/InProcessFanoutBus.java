package dev.parley.inmemory.realtime;

import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.out.FanoutBus;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * In-process adapter: the fan-out bus of a single node, handing each delivery to every subscriber on the
 * publishing thread (subscribers only enqueue, by the port's contract). A failing subscriber is logged and the
 * others still get the delivery; the publisher never sees the failure.
 */
public final class InProcessFanoutBus implements FanoutBus {
    private static final System.Logger LOG = System.getLogger(InProcessFanoutBus.class.getName());

    private final List<Consumer<Delivery>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Delivery delivery) {
        for (Consumer<Delivery> subscriber : subscribers) {
            try {
                subscriber.accept(delivery);
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "fan-out subscriber failed", failure);
            }
        }
    }

    @Override
    public void subscribe(Consumer<Delivery> subscriber) {
        subscribers.add(subscriber);
    }
}
