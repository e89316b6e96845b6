package dev.parley.persistence.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.persistence.database.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * History pages as a reader may see them, in one statement: the keyset range scan of
 * {@code messages_conversation_seq}, guarded by the reader's live participation in the live conversation
 * (evaluated once, as an init plan). Plain JDBC: on this path a JDBI handle and statement cost more CPU
 * than PostgreSQL spends on the page.
 */
final class HistoryPages {
    private static final String GUARDED = "SELECT " + ConversationRows.MESSAGE + """
             FROM messages m
            WHERE m.conversation_id = ? AND m.seq %s ?
              AND EXISTS (SELECT 1 FROM participants p JOIN conversations c ON c.id = p.conversation_id
                           WHERE p.conversation_id = ? AND p.user_id = ? AND p.left_at IS NULL
                             AND c.deleted_at IS NULL)
            ORDER BY m.seq %s LIMIT ?""";
    static final String BEFORE = GUARDED.formatted("<", "DESC");
    static final String AFTER = GUARDED.formatted(">", "ASC");

    private HistoryPages() {
    }

    static List<Message> read(Database database, String sql, UserId reader, ConversationId conversationId,
                              long seq, int limit) {
        return MessageFiles.load(database, database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, conversationId.value());
                statement.setLong(2, seq);
                statement.setObject(3, conversationId.value());
                statement.setObject(4, reader.value());
                statement.setInt(5, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Message> page = new ArrayList<>(limit);
                    while (rows.next()) {
                        page.add(ConversationRows.messageByPosition(rows));
                    }
                    return page;
                }
            }
        }));
    }
}
