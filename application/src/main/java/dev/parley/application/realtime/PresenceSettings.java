package dev.parley.application.realtime;

import java.time.Duration;

/**
 * Presence timing: {@code grace} absorbs quick reconnects before a user goes offline; a node renews its
 * leases every {@code heartbeat}; leases not renewed for {@code leaseTtl} (a dead node) expire.
 */
public record PresenceSettings(Duration grace, Duration leaseTtl, Duration heartbeat) {
    public PresenceSettings {
        if (heartbeat.compareTo(leaseTtl) >= 0) {
            throw new IllegalArgumentException("the heartbeat must be shorter than the lease");
        }
    }

    public static PresenceSettings defaults() {
        return new PresenceSettings(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(1));
    }
}
