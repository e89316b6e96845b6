package dev.parley.embedded;

import dev.parley.application.core.CoreSettings;
import dev.parley.application.core.ParleyCore;
import dev.parley.application.core.SendMode;
import dev.parley.inmemory.InMemoryPorts;
import dev.parley.inmemory.account.Pbkdf2PasswordHasher;
import dev.parley.inmemory.shared.Hmac;
import java.time.Clock;

/**
 * Entry point: a started Parley core on the in-memory adapters, in one line. Sends commit on the caller's thread
 * ({@link SendMode#DIRECT}); the core's background work (mail dispatch, ring timeouts, presence) runs until
 * {@link #close()}. {@link #ports()} shows what the adapters hold, such as the mails sent.
 *
 * <pre>{@code
 * try (InMemoryParley parley = InMemoryParley.create()) {
 *     parley.core().register().register(...);
 * }
 * }</pre>
 */
public final class InMemoryParley implements AutoCloseable {
    private final ParleyCore core;
    private final InMemoryPorts ports;

    private InMemoryParley(ParleyCore core, InMemoryPorts ports) {
        this.core = core;
        this.ports = ports;
    }

    /** On the system clock, with the production defaults and full-strength password hashing. */
    public static InMemoryParley create() {
        return create(Clock.systemUTC(), CoreSettings.defaults());
    }

    public static InMemoryParley create(Clock clock, CoreSettings settings) {
        return create(InMemoryPorts.create(clock, Hmac.randomSecret(), Pbkdf2PasswordHasher.DEFAULT_ITERATIONS), clock, settings);
    }

    /** On adapters the caller made (for instance with cheap password hashing in tests); {@code clock} must be theirs. */
    public static InMemoryParley create(InMemoryPorts ports, Clock clock, CoreSettings settings) {
        ParleyCore core = ParleyCore.builder()
                .ports(InMemoryCorePorts.builder(ports, clock).build())
                .settings(settings)
                .sendMode(SendMode.DIRECT)
                .build();
        core.start();
        return new InMemoryParley(core, ports);
    }

    /** Every incoming use case. */
    public ParleyCore core() {
        return core;
    }

    /** The adapters behind the core, to read what they hold (the mails sent, the files stored). */
    public InMemoryPorts ports() {
        return ports;
    }

    /** Stops the core's background work; the state in memory is dropped with this object. */
    @Override
    public void close() {
        core.close();
    }
}
