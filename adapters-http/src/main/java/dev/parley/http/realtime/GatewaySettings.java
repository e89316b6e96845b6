package dev.parley.http.realtime;

import java.time.Duration;

/**
 * Limits of the real-time gateway: the largest client frame (larger closes with 1009), how long a
 * silent socket lives, how often the server pings, each socket's outbound queue bound, the SSE
 * heartbeat, and how long one write may take before the consumer counts as too slow.
 */
public record GatewaySettings(int maxFrameBytes, Duration idleTimeout, Duration pingInterval, int queueCapacity,
                              Duration sseHeartbeat, Duration writeTimeout) {
    public static GatewaySettings defaults() {
        return new GatewaySettings(64 * 1024, Duration.ofSeconds(60), Duration.ofSeconds(25), 1_024,
                Duration.ofSeconds(15), Duration.ofSeconds(10));
    }
}
