package dev.parley.bench;

import java.io.OutputStream;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Seeds the {@code messages} table fast with COPY: {@code perConversation} messages in each given
 * conversation, seq continuing after what is there, timestamps one second apart ending now.
 */
public final class HistorySeeder {
    private HistorySeeder() {
    }

    /** Returns the highest seq of each conversation after seeding, in the order given. */
    public static long[] seed(BenchEnv env, List<UUID> conversations, List<UUID> senders, int perConversation) throws Exception {
        long[] maxSeq = new long[conversations.size()];
        try (Connection connection = env.connect()) {
            connection.setAutoCommit(false);
            Instant start = Instant.now().minusSeconds(perConversation);
            long[] firstSeq = new long[conversations.size()];
            for (int c = 0; c < conversations.size(); c++) { // before the COPY: no other statement may run during it
                firstSeq[c] = MessageTable.maxSeq(connection, conversations.get(c)) + 1;
            }
            try (OutputStream copy = MessageTable.openCopy(connection)) {
                for (int c = 0; c < conversations.size(); c++) {
                    UUID conversation = conversations.get(c);
                    long first = firstSeq[c];
                    for (int m = 0; m < perConversation; m++) {
                        MessageTable.copyRow(copy, conversation, first + m, senders.get((c + m) % senders.size()),
                                "history seed message " + m + " of conversation " + c + ": some ordinary chat text", start.plusSeconds(m));
                    }
                    maxSeq[c] = first + perConversation - 1;
                }
            }
            connection.commit();
        }
        return maxSeq;
    }
}
