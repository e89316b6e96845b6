package dev.parley.domain.realtime.out;

import dev.parley.domain.realtime.Delivery;
import java.util.function.Consumer;

/**
 * Outgoing port: carries deliveries to every node (this one included) exactly once each. Implementations
 * call subscribers on their own thread; subscribers must not block (they enqueue and return).
 */
public interface FanoutBus {
    /** Best effort after commit: a failure is logged, never thrown to the use case. */
    void publish(Delivery delivery);

    void subscribe(Consumer<Delivery> subscriber);
}
