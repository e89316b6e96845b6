package dev.parley.realtime;

import java.util.Optional;
import java.util.UUID;

/**
 * Configuration of the realtime adapter: without a Redis URL the node runs alone (in-process fan-out,
 * presence and tickets); with one, every node sharing that Redis behaves as one.
 */
public record RealtimeSettings(Optional<String> redisUrl, String nodeId) {
    public static RealtimeSettings of(Optional<String> redisUrl) {
        return new RealtimeSettings(redisUrl, UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return "RealtimeSettings[redis=" + redisUrl.isPresent() + ", nodeId=" + nodeId + "]";
    }
}
