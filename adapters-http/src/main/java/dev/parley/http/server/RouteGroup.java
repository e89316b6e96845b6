package dev.parley.http.server;

/** A feature's endpoints; each feature contributes one through Dagger's {@code @IntoSet}. */
@FunctionalInterface
public interface RouteGroup {
    void register(ApiRoutes routes);
}
