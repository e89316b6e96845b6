package dev.parley.bootstrap.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Parley node in its own JVM (the test's classpath, {@code Main}), so a test can SIGKILL it. */
public final class NodeProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");
    private static final int OUTPUT_LINES_KEPT = 200;

    private final Process process;
    private final int port;
    private final Deque<String> output;

    private NodeProcess(Process process, int port, Deque<String> output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** Starts a node with exactly this environment and waits until it listens. */
    public static NodeProcess start(Map<String, String> env) {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED", "dev.parley.bootstrap.Main")).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Deque<String> output = new ConcurrentLinkedDeque<>();
            Thread.ofVirtual().start(() -> pump(process, port, output));
            try {
                return new NodeProcess(process, port.get(60, TimeUnit.SECONDS), output);
            } catch (Exception failure) {
                process.destroyForcibly();
                throw new IllegalStateException("the node process did not start; its last lines:\n"
                        + String.join("\n", output), failure);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void pump(Process process, CompletableFuture<Integer> port, Deque<String> output) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.addLast(line);
                if (output.size() > OUTPUT_LINES_KEPT) {
                    output.pollFirst();
                }
                Matcher listening = LISTENING.matcher(line);
                if (!port.isDone() && listening.find()) {
                    port.complete(Integer.parseInt(listening.group(1)));
                }
            }
        } catch (IOException ended) {
            // the process died
        }
        port.completeExceptionally(new IllegalStateException("the node process exited"));
    }

    public int port() {
        return port;
    }

    /** The node's last lines of output (for failure messages). */
    public String output() {
        return String.join("\n", output);
    }

    /** SIGTERM, as an orchestrator stopping the node would send; returns once the process has exited. */
    public boolean terminate(java.time.Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing is released; the node just vanishes. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
