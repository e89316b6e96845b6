package dev.parley.bootstrap.support;

import dev.parley.bootstrap.Parley;
import java.util.Map;

/** A Parley node a test speaks to: started by the test itself ({@link TestNode}) or for its class ({@link TestNodeExtension}). */
public interface RunningNode {
    int port();

    /** The in-process server, for what a test observes inside it (published events, presence, open sockets). */
    Parley parley();

    /** The environment the node was started with (to start more nodes alike, e.g. in another process). */
    Map<String, String> environment();

    default String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    default ApiClient client() {
        return new ApiClient(baseUrl());
    }
}
