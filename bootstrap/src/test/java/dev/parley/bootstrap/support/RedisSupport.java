package dev.parley.bootstrap.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Assumptions;

/** The Redis used by multi-node tests: {@code PARLEY_TEST_REDIS_URL}, default redis://127.0.0.1:6379. */
public final class RedisSupport {
    private RedisSupport() {
    }

    /** The Redis URL; skips the calling test (JUnit assumption) when nothing answers there. */
    public static String urlOrSkip() {
        String url = System.getenv().getOrDefault("PARLEY_TEST_REDIS_URL", "redis://127.0.0.1:6379");
        URI uri = URI.create(url);
        int port = uri.getPort() < 0 ? 6379 : uri.getPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), 1_000);
        } catch (IOException unreachable) {
            Assumptions.abort("Redis is not reachable at " + uri.getHost() + ":" + port
                    + " (set PARLEY_TEST_REDIS_URL): skipping the multi-node tests");
        }
        return url;
    }
}
