package dev.parley.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A Redis server of the test's own ({@code redis-server} from {@code PATH}, on a free port, no persistence),
 * which the test stops and starts again on the same port. Tests using it are skipped, saying why, when
 * {@code redis-server} is not installed.
 */
public final class RedisProcess implements AutoCloseable {
    private final int port;
    private Process process;

    private RedisProcess(int port) {
        this.port = port;
    }

    /** Starts a server on a free port, or skips the calling test when there is no {@code redis-server}. */
    public static RedisProcess startOrSkip() {
        boolean installed = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, "redis-server")));
        Assumptions.assumeTrue(installed, "redis-server is not on PATH: skipping the Redis outage tests");
        RedisProcess redis = new RedisProcess(freePort());
        redis.start();
        return redis;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts (again) on the same port and waits until it accepts connections. */
    public void start() {
        try {
            process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!accepts()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("redis-server did not start on port " + port);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** SIGKILL: the server vanishes, its connections drop. */
    public void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
