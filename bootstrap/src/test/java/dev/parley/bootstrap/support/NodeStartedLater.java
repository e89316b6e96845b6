package dev.parley.bootstrap.support;

import dev.parley.bootstrap.Parley;
import java.util.Map;

/**
 * A node that a class declares in a static field and an extension starts later: its client can be kept in a field
 * too, because it looks the port up on each request.
 */
final class NodeStartedLater implements RunningNode, AutoCloseable {
    private volatile TestNode node;

    void started(TestNode node) {
        this.node = node;
    }

    TestNode node() {
        TestNode started = node;
        if (started == null) {
            throw new IllegalStateException("a class's node runs from its @BeforeAll to its @AfterAll; use it in between");
        }
        return started;
    }

    @Override
    public int port() {
        return node().port();
    }

    @Override
    public Parley parley() {
        return node().parley();
    }

    @Override
    public Map<String, String> environment() {
        return node().environment();
    }

    @Override
    public ApiClient client() {
        return new ApiClient(this::baseUrl);
    }

    @Override
    public void close() {
        TestNode started = node;
        node = null;
        if (started != null) {
            started.close();
        }
    }
}
