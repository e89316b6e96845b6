package dev.parley.domain.realtime.in;

import dev.parley.domain.realtime.Delivery;
import java.util.function.Consumer;

/**
 * Incoming port: hands every delivery that reaches this node (from any node's use cases) to a transport, which
 * writes it to its sockets. The subscriber is called on the fan-out thread and must not block.
 */
@FunctionalInterface
public interface ReceiveDeliveriesUseCase {
    void subscribe(Consumer<Delivery> subscriber);
}
