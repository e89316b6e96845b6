package dev.parley.domain.shared;

/** Outgoing port: hands committed domain events to whoever delivers them (in-process or a bus). */
@FunctionalInterface
public interface EventPublisher {
    void publish(DomainEvent event);
}
