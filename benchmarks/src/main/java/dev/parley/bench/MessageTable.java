package dev.parley.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Every assumption the benchmarks make about Parley's message schema, in one place, for the JDBC
 * ceilings and the COPY seeding. The table is the one the nodes created from {@code migrations/} before the
 * run started (bench/run waits for them to be ready), never a copy kept here: a {@code messages} table with the
 * columns in {@link #COLUMNS} (names as in API.md's message object), unique on {@code (conversation_id, seq)};
 * {@code sender_id} must be a real user (bench users are registered through the API first).
 * If the migrated schema changes, adjust the constants and SQL here only.
 */
public final class MessageTable {
    public static final List<String> COLUMNS = List.of("id", "conversation_id", "seq", "sender_id", "type", "content",
            "client_msg_id", "created_at");
    private static final String INSERT = "INSERT INTO messages (" + String.join(", ", COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PAGE = "SELECT id, conversation_id, seq, sender_id, type, content, client_msg_id, created_at,"
            + " edited_at, deleted_at FROM messages WHERE conversation_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?";

    private MessageTable() {
    }

    /** Checks that the migrated {@code messages} table can take the benchmark's rows as {@link #addRow} writes them. */
    public static void check(Connection connection) throws SQLException {
        Set<String> present = new java.util.HashSet<>();
        List<String> requiredUnknown = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT column_name, is_nullable = 'NO' AND column_default IS NULL AND is_generated = 'NEVER'
                       AND is_identity = 'NO' FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'messages'""")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    present.add(rows.getString(1));
                    if (rows.getBoolean(2) && !COLUMNS.contains(rows.getString(1))) {
                        requiredUnknown.add(rows.getString(1));
                    }
                }
            }
        }
        if (present.isEmpty()) {
            throw new IllegalStateException("no messages table: run the benchmarks through bench/run, whose nodes migrate "
                    + "the throw-away database before the load starts");
        }
        if (!present.containsAll(COLUMNS) || !requiredUnknown.isEmpty()) {
            throw new IllegalStateException("messages table differs from the benchmark's assumptions: has " + present
                    + ", NOT NULL without default and unknown: " + requiredUnknown + "; adjust MessageTable");
        }
    }

    /** The highest seq of a conversation (0 when it has no message). */
    public static long maxSeq(Connection connection, UUID conversationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM messages WHERE conversation_id = ?")) {
            query.setObject(1, conversationId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public static PreparedStatement prepareInsert(Connection connection) throws SQLException {
        return connection.prepareStatement(INSERT);
    }

    /** Adds one message row to a batch of {@link #prepareInsert}. */
    public static void addRow(PreparedStatement insert, UUID conversationId, long seq, UUID senderId, String content)
            throws SQLException {
        Instant now = Instant.now();
        insert.setObject(1, UuidV7.next(now.toEpochMilli()));
        insert.setObject(2, conversationId);
        insert.setLong(3, seq);
        insert.setObject(4, senderId);
        insert.setString(5, "text");
        insert.setString(6, content);
        insert.setString(7, UUID.randomUUID().toString());
        insert.setTimestamp(8, Timestamp.from(now));
        insert.addBatch();
    }

    /** Opens a COPY into the message columns; write rows with {@link #copyRow}. */
    public static OutputStream openCopy(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        return new PGCopyOutputStream(pg, "COPY messages (" + String.join(", ", COLUMNS) + ") FROM STDIN (FORMAT text)", 1 << 16);
    }

    public static void copyRow(OutputStream copy, UUID conversationId, long seq, UUID senderId, String content, Instant at)
            throws IOException {
        String line = UuidV7.next(at.toEpochMilli()) + "\t" + conversationId + "\t" + seq + "\t" + senderId + "\ttext\t"
                + content + "\t\\N\t" + at + "\n";
        copy.write(line.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * After seeding, brings per-conversation counters up to date where the schema keeps one
     * ({@code conversations.last_seq} is assumed; other shapes are reported, not guessed). Vacuums the table
     * first, as autovacuum would soon after a bulk load: otherwise that vacuum (and the first readers setting
     * hint bits on a million fresh rows) runs during the measured steps and is charged to whichever series
     * happens to run then.
     */
    public static String afterSeeding(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM (ANALYZE) messages");
            try (ResultSet rows = statement.executeQuery("""
                    SELECT count(*) FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = 'conversations' AND column_name = 'last_seq'""")) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    return "no conversations.last_seq column: counters left alone";
                }
            }
            int updated = statement.executeUpdate("""
                    UPDATE conversations c SET last_seq = m.max_seq
                    FROM (SELECT conversation_id, max(seq) AS max_seq FROM messages GROUP BY conversation_id) m
                    WHERE c.id = m.conversation_id AND c.last_seq < m.max_seq""");
            return "conversations.last_seq raised on " + updated + " conversations";
        }
    }

    public static PreparedStatement preparePage(Connection connection) throws SQLException {
        return connection.prepareStatement(PAGE);
    }

    /** Reads one keyset page the way the history endpoint must, materialising every column; returns the row count. */
    public static int readPage(PreparedStatement page, UUID conversationId, long beforeSeq, int limit) throws SQLException {
        page.setObject(1, conversationId);
        page.setLong(2, beforeSeq);
        page.setInt(3, limit);
        int count = 0;
        try (ResultSet rows = page.executeQuery()) {
            while (rows.next()) {
                for (int column = 1; column <= 10; column++) {
                    rows.getObject(column);
                }
                count++;
            }
        }
        return count;
    }
}
