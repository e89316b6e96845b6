package dev.parley.domain.shared;

/** Outgoing port: one dependency the node needs to serve traffic (database, Redis), checked by {@code /ready}. */
public interface HealthCheck {
    String name();

    /** True when the dependency answers; must return within about a second. */
    boolean isHealthy();
}
