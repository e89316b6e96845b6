package dev.parley.application.people;

import java.time.Duration;

/** Limits of the people feature. */
public record PeopleSettings(int maxPendingOutgoingRequests, Duration pendingCapRetryAfter) {
    public static PeopleSettings defaults() {
        return new PeopleSettings(100, Duration.ofSeconds(60));
    }
}
