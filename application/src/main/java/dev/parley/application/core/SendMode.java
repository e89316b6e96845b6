package dev.parley.application.core;

/**
 * How the core commits sends. {@link #GROUP_COMMIT} (the server's default) shares one commit among every send
 * that arrives while the previous one runs, on writer threads the core owns; {@link #DIRECT} commits on the
 * caller's thread, with no threads of its own: simplest for embedding and tests.
 */
public enum SendMode {
    GROUP_COMMIT,
    DIRECT
}
