package dev.parley.domain.shared;

/**
 * Operations contract, not a port the core calls: one dependency the node needs to serve traffic (database, Redis),
 * implemented by the adapter owning it and checked by the HTTP adapter's {@code /ready}.
 */
public interface HealthCheck {
    String name();

    /** True when the dependency answers; must return within about a second. */
    boolean isHealthy();
}
