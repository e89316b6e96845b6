package dev.parley.inmemory.account;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.PasswordResetRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory adapter: password-reset tokens by digest, single-use and expiring, one lock. */
public final class InMemoryPasswordResetRepository implements PasswordResetRepository {
    private record Reset(UserId userId, Instant expiresAt) {
    }

    private final Map<String, Reset> resets = new HashMap<>();

    @Override
    public synchronized void save(String tokenDigest, UserId userId, Instant expiresAt) {
        resets.put(tokenDigest, new Reset(userId, expiresAt));
    }

    @Override
    public synchronized Optional<UserId> consume(String tokenDigest, Instant now) {
        Reset reset = resets.get(tokenDigest);
        if (reset == null || !now.isBefore(reset.expiresAt())) {
            return Optional.empty(); // an expired attempt leaves the token, as the database does
        }
        resets.remove(tokenDigest);
        return Optional.of(reset.userId());
    }
}
