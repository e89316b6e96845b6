package dev.parley.bootstrap.conversation;

import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The concurrency proofs again with batches of one ({@code PARLEY_SEND_GROUP_COMMIT=1}): one commit per send. */
class OneSendPerCommitIT extends ConcurrentSendProofs {
    @RegisterExtension
    static final TestNodeExtension node =
            TestNodeExtension.withEnv(Map.of("PARLEY_DATABASE_POOL_SIZE", "20", "PARLEY_SEND_GROUP_COMMIT", "1"));

    OneSendPerCommitIT() {
        super(node);
    }
}
