package dev.parley.domain.people;

import java.time.Instant;

/** Whether a user is online and when they were last seen (null when unknown). */
public record Presence(String status, Instant lastSeenAt) {
    public static final Presence OFFLINE = new Presence("offline", null);
}
