package dev.parley.bootstrap.conversation;

import java.util.Map;

/** The concurrency proofs again, with sends sharing group commits ({@code PARLEY_SEND_GROUP_COMMIT}). */
class GroupCommitSendsIT extends ConcurrentSendsIT {
    @Override
    Map<String, String> environment() {
        return Map.of("PARLEY_DATABASE_POOL_SIZE", "20", "PARLEY_SEND_GROUP_COMMIT", "32");
    }
}
