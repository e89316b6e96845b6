package dev.parley.realtime.redis;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Assumptions;

/** The Redis of the Redis adapters' tests: {@code PARLEY_TEST_REDIS_URL}, default redis://127.0.0.1:6379. */
final class TestRedis {
    private TestRedis() {
    }

    /** The test Redis's URL. */
    static String url() {
        return System.getenv().getOrDefault("PARLEY_TEST_REDIS_URL", "redis://127.0.0.1:6379");
    }

    /** Connections to the test Redis; skips the calling tests (JUnit assumption) when nothing answers there. */
    static RedisConnections connectOrSkip() {
        String url = url();
        URI uri = URI.create(url);
        int port = uri.getPort() < 0 ? 6379 : uri.getPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), 1_000);
        } catch (IOException unreachable) {
            Assumptions.abort("Redis is not reachable at " + uri.getHost() + ":" + port
                    + " (set PARLEY_TEST_REDIS_URL): skipping the Redis contract tests");
        }
        return RedisConnections.connect(url);
    }
}
