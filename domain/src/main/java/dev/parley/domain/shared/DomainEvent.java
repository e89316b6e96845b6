package dev.parley.domain.shared;

/** Marker for facts the application publishes after commit (fan-out turns them into client events). */
public interface DomainEvent {
}
