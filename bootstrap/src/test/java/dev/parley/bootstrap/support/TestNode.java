package dev.parley.bootstrap.support;

import dev.parley.bootstrap.ConfigLoader;
import dev.parley.bootstrap.Parley;
import dev.parley.persistence.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** A real Parley node on a random port against a fresh real database, configured as a test needs. */
public final class TestNode implements RunningNode, AutoCloseable {
    private final Parley parley;
    private final Map<String, String> env;
    private final Clock clock;

    private TestNode(Map<String, String> env, Clock clock) {
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.parley = Parley.start(ConfigLoader.load(this.env), clock);
    }

    /** A node with cheap password hashing and fast mail polling; {@code overrides} win. */
    public static TestNode start(Map<String, String> overrides) {
        return start(overrides, Parley.systemClock());
    }

    /** Such a node on {@code clock} (one the test moves forward, to reach timers without waiting for them). */
    public static TestNode start(Map<String, String> overrides, Clock clock) {
        return new TestNode(testEnvironment(overrides), clock);
    }

    public static TestNode start() {
        return start(Map.of());
    }

    /** The token secret every test node signs with, so tests can forge tokens the way an attacker with it could. */
    public static final String JWT_SECRET = "test-secret-test-secret-test-secret-0123456789";

    public static Map<String, String> testEnvironment(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(Map.of("PARLEY_DATABASE_URL", TestDatabases.freshUrl()));
        env.putAll(embeddedDatabaseEnvironment(overrides));
        return env;
    }

    /** The test environment without {@code PARLEY_DATABASE_URL}: the node runs the embedded PostgreSQL in its data directory. */
    public static Map<String, String> embeddedDatabaseEnvironment(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>();
        try {
            env.put("PARLEY_DATA_DIR", Files.createTempDirectory("parley-node").toString());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        env.put("PARLEY_ENV", "test");
        env.put("PARLEY_HTTP_PORT", "0");
        env.put("PARLEY_JWT_SECRET", JWT_SECRET);
        env.put("PARLEY_PASSWORD_HASH_MEMORY_KIB", "64");
        env.put("PARLEY_PASSWORD_HASH_ITERATIONS", "1");
        env.put("PARLEY_MAIL_POLL_MILLIS", "50");
        env.putAll(overrides);
        return env;
    }

    /** Another node sharing this node's database and clock (and everything else configured alike). */
    public TestNode sibling(Map<String, String> overrides) {
        Map<String, String> siblingEnv = new HashMap<>(env);
        siblingEnv.putAll(overrides);
        return new TestNode(siblingEnv, clock);
    }

    @Override
    public Map<String, String> environment() {
        return env;
    }

    @Override
    public Parley parley() {
        return parley;
    }

    @Override
    public int port() {
        return parley.port();
    }

    @Override
    public void close() {
        parley.close();
    }
}
