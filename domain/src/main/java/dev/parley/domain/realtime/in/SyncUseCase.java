package dev.parley.domain.realtime.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.SyncChanges;

/** Use case: what changed for the caller since a {@code next_since} token (null = just give me a token). */
@FunctionalInterface
public interface SyncUseCase {
    SyncChanges since(UserId caller, String since);
}
