package dev.parley.bootstrap.support;

import dev.parley.bootstrap.Parley;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension: one real Parley node (on a fresh database) per test class, started before the class's first test
 * and stopped after its last, together with its sibling nodes and the test servers the class handed it to close.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_MESSAGE_MAX_LENGTH", "20"));
 * private static final ApiClient api = node.client();
 * }</pre>
 *
 * One node per class, not per suite: the classes count users, conversations and seqs from a clean database.
 */
public final class TestNodeExtension implements RunningNode, BeforeAllCallback, AfterAllCallback {
    private Supplier<Map<String, String>> overrides;
    private Clock clock = Parley.systemClock();
    private final NodeStartedLater node = new NodeStartedLater();
    private final List<Sibling> siblings = new ArrayList<>();
    private final List<AutoCloseable> closedAfterwards = new ArrayList<>();

    private record Sibling(NodeStartedLater node, Map<String, String> overrides) {
    }

    private TestNodeExtension(Supplier<Map<String, String>> overrides) {
        this.overrides = overrides;
    }

    /** A node with {@link TestNode}'s test settings. */
    public static TestNodeExtension withDefaults() {
        return withEnv(Map.of());
    }

    /** A node with {@link TestNode}'s test settings and {@code overrides}. */
    public static TestNodeExtension withEnv(Map<String, String> overrides) {
        Map<String, String> settings = Map.copyOf(overrides);
        return new TestNodeExtension(() -> settings);
    }

    /**
     * For settings known only once the class runs (the port of a mail server another extension starts, a Redis URL
     * that skips the class when there is none): read right before the node starts.
     */
    public static TestNodeExtension withEnv(Supplier<Map<String, String>> overrides) {
        return new TestNodeExtension(overrides);
    }

    /** These settings too (on top of, say, a fake LiveKit's {@code environment()}). */
    public TestNodeExtension and(Map<String, String> more) {
        Map<String, String> settings = Map.copyOf(more);
        return and(() -> settings);
    }

    /** These settings too, read right before the node starts. */
    public TestNodeExtension and(Supplier<Map<String, String>> more) {
        Supplier<Map<String, String>> first = overrides;
        overrides = () -> {
            Map<String, String> both = new HashMap<>(first.get());
            both.putAll(more.get());
            return both;
        };
        return this;
    }

    /** Runs the node on {@code clock} (one the test moves forward, to reach timers without waiting for them). */
    public TestNodeExtension withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Closes {@code resource} after the node has stopped (a server the node talks to until then). */
    public TestNodeExtension closing(AutoCloseable resource) {
        closedAfterwards.add(resource);
        return this;
    }

    /** Another node on the same database (configured alike, plus {@code overrides}), started after this one and stopped before it. */
    public RunningNode sibling(Map<String, String> overrides) {
        Sibling sibling = new Sibling(new NodeStartedLater(), Map.copyOf(overrides));
        siblings.add(sibling);
        return sibling.node();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestNode started = TestNode.start(overrides.get(), clock);
        node.started(started);
        for (Sibling sibling : siblings) {
            sibling.node().started(started.sibling(sibling.overrides()));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        List<AutoCloseable> inOrder = new ArrayList<>();
        siblings.reversed().forEach(sibling -> inOrder.add(sibling.node()));
        inOrder.add(node);
        inOrder.addAll(closedAfterwards);
        Exception failure = null;
        for (AutoCloseable closeable : inOrder) {
            try {
                closeable.close();
            } catch (Exception closing) {
                if (failure == null) {
                    failure = closing;
                } else {
                    failure.addSuppressed(closing);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public int port() {
        return node.port();
    }

    @Override
    public Parley parley() {
        return node.parley();
    }

    @Override
    public Map<String, String> environment() {
        return node.environment();
    }

    /** A client of this node; it may be made before the node starts (in a static field) and used once it has. */
    @Override
    public ApiClient client() {
        return node.client();
    }
}
