package dev.parley.bootstrap.conversation;

import java.util.Map;

/** The concurrency proofs again with batches of one ({@code PARLEY_SEND_GROUP_COMMIT=1}): one commit per send. */
class OneSendPerCommitIT extends ConcurrentSendsIT {
    @Override
    Map<String, String> environment() {
        return Map.of("PARLEY_DATABASE_POOL_SIZE", "20", "PARLEY_SEND_GROUP_COMMIT", "1");
    }
}
