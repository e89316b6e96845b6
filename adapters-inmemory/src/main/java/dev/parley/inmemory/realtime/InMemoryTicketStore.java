package dev.parley.inmemory.realtime;

import dev.parley.domain.account.Principal;
import dev.parley.domain.realtime.out.TicketStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory adapter: one-time socket tickets in a concurrent map; taking one removes it atomically. */
public final class InMemoryTicketStore implements TicketStore {
    private final Map<String, Held> tickets = new ConcurrentHashMap<>();

    @Override
    public void save(String digest, Principal principal, Instant expiresAt) {
        // Tickets live seconds: anything that expired a minute before this one's expiry is long dead.
        Instant longDead = expiresAt.minusSeconds(60);
        tickets.values().removeIf(held -> held.expiresAt().isBefore(longDead));
        tickets.put(digest, new Held(principal, expiresAt));
    }

    @Override
    public Optional<Principal> take(String digest, Instant now) {
        Held held = tickets.remove(digest);
        return held != null && now.isBefore(held.expiresAt()) ? Optional.of(held.principal()) : Optional.empty();
    }

    private record Held(Principal principal, Instant expiresAt) {
    }
}
