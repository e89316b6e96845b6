package dev.parley.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts a node from the environment and stops it gracefully on SIGTERM. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        ParleyConfig config;
        try {
            config = ConfigLoader.fromEnvironment();
        } catch (InvalidConfigException invalid) {
            System.err.println(invalid.getMessage());
            System.exit(2);
            return;
        }
        Parley parley = Parley.start(config, Parley.systemClock());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("shutting down");
            parley.close();
            LOG.info("stopped");
        }, "parley-shutdown"));
    }
}
