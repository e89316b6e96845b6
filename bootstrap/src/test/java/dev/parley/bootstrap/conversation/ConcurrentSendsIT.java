package dev.parley.bootstrap.conversation;

import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The concurrency proofs with group commit, the production default. */
class ConcurrentSendsIT extends ConcurrentSendProofs {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_DATABASE_POOL_SIZE", "20"));

    ConcurrentSendsIT() {
        super(node);
    }
}
