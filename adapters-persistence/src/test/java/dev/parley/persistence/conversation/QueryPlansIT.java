package dev.parley.persistence.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import dev.parley.persistence.database.Timestamps;
import dev.parley.persistence.testing.TestDatabases;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hot read paths use their indexes: with a realistic spread of data (30,000 conversations, one with a
 * 5,000-message history, each user in 50 conversations) and fresh statistics, PostgreSQL plans every history page as
 * one range scan of {@code messages_conversation_seq} (no sort, no sequential scan) and the conversation
 * list as a walk of the caller's memberships.
 */
class QueryPlansIT {
    private static HikariDataSource dataSource;
    private static Database database;
    private static UUID conversation;
    private static UUID user;

    @BeforeAll
    static void fillDatabase() {
        // Loading this much data is bulk work, not a request path: no socket timeout.
        dataSource = DatabaseBootstrap.open(TestDatabases.fresh(), 2, java.time.Duration.ZERO);
        database = new Database(dataSource);
        database.useHandle(handle -> {
            // Bulk fills take longer than any request-path statement may wait on the socket (DatabaseBootstrap); the
            // pool restores the connection's own timeout when it is returned.
            try {
                handle.getConnection().setNetworkTimeout(Runnable::run, (int) java.time.Duration.ofMinutes(5).toMillis());
            } catch (java.sql.SQLException failure) {
                throw new IllegalStateException(failure);
            }
            handle.execute("""
                    INSERT INTO users (id, username, display_name, password_hash, created_at)
                    SELECT gen_random_uuid(), 'user' || lpad(g::text, 5, '0'), 'User ' || g, 'x', now()
                      FROM generate_series(0, 2999) g""");
            handle.execute("""
                    INSERT INTO conversations (id, type, name, created_by, created_at, updated_at, last_activity_at,
                                               last_seq, participant_count)
                    SELECT gen_random_uuid(), 'group', 'c' || g, (SELECT min(id::text)::uuid FROM users), now(), now(),
                           now() - make_interval(secs => g), 2, 5
                      FROM generate_series(1, 30000) g""");
            handle.execute("""
                    WITH u AS (SELECT id, row_number() OVER (ORDER BY username) - 1 AS n FROM users),
                         c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM conversations)
                    INSERT INTO participants (conversation_id, user_id, role, joined_at, updated_at)
                    SELECT c.id, u.id, 'member', now(), now()
                      FROM c CROSS JOIN generate_series(0, 4) k JOIN u ON u.n = (c.n + k * 397) % 3000""");
            handle.execute("""
                    INSERT INTO messages (id, conversation_id, seq, sender_id, type, content, created_at)
                    SELECT gen_random_uuid(), c.id, s, c.created_by, 'text', 'message number ' || s, now()
                      FROM conversations c CROSS JOIN generate_series(1, 2) s""");
            // One conversation with a long history, the case paging exists for.
            handle.execute("""
                    WITH busy AS (SELECT id, created_by FROM conversations ORDER BY id LIMIT 1)
                    INSERT INTO messages (id, conversation_id, seq, sender_id, type, content, created_at)
                    SELECT gen_random_uuid(), busy.id, s, busy.created_by, 'text', 'message number ' || s, now()
                      FROM busy CROSS JOIN generate_series(3, 5000) s""");
            // A few messages carry files (most carry none: no entry in messages_attachments).
            handle.execute("""
                    UPDATE messages SET attachment_ids = ARRAY[gen_random_uuid(), gen_random_uuid()]
                     WHERE seq = 2 AND conversation_id IN (SELECT id FROM conversations ORDER BY id LIMIT 500)""");
            handle.execute("UPDATE conversations SET last_seq = 5000 WHERE id = (SELECT min(id::text)::uuid FROM conversations)");
            handle.execute("ANALYZE");
            conversation = handle.createQuery("SELECT id FROM conversations ORDER BY id LIMIT 1").mapTo(UUID.class).one();
            user = handle.createQuery("SELECT user_id FROM participants WHERE conversation_id = :c LIMIT 1")
                    .bind("c", conversation).mapTo(UUID.class).one();
        });
    }

    @AfterAll
    static void closeDatabase() {
        dataSource.close();
    }

    @Test
    void a_history_page_is_one_range_scan_of_the_conversation_seq_index() {
        String plan = explain(JdbiMessageRepository.BEFORE, Map.of("c", conversation, "seq", 4000L, "limit", 51));

        assertThat(plan).contains("Index Scan Backward using messages_conversation_seq").doesNotContain("Seq Scan", "Sort");
    }

    @Test
    void a_catch_up_page_is_one_range_scan_of_the_conversation_seq_index() {
        String plan = explain(JdbiMessageRepository.AFTER, Map.of("c", conversation, "seq", 1000L, "limit", 51));

        assertThat(plan).contains("Index Scan using messages_conversation_seq").doesNotContain("Seq Scan", "Sort");
    }

    @Test
    void a_guarded_history_page_checks_membership_once_by_key_and_is_one_range_scan() {
        String before = explainPositional(HistoryPages.BEFORE, conversation, 4000L, conversation, user, 51);
        String after = explainPositional(HistoryPages.AFTER, conversation, 1000L, conversation, user, 51);

        assertThat(before).contains("InitPlan", "Index Scan Backward using messages_conversation_seq");
        assertThat(after).contains("InitPlan", "Index Scan using messages_conversation_seq");
        for (String plan : new String[] {before, after}) {
            assertThat(plan).contains("conversations_pkey").doesNotContain("Seq Scan", "Sort");
        }
    }

    @Test
    void the_conversation_list_walks_the_callers_memberships_by_index() {
        String first = explain(SummaryQuery.sql(SummaryQuery.NOT_A_MEETING, SummaryQuery.NEWEST_FIRST), Map.of("viewer", user, "limit", 51));
        String next = explain(SummaryQuery.sql(SummaryQuery.NOT_A_MEETING + SummaryQuery.KEYSET, SummaryQuery.NEWEST_FIRST), Map.of("viewer", user,
                "limit", 51, "afterAt", Timestamps.bind(Instant.now()), "afterId", UUID.randomUUID()));

        for (String plan : new String[] {first, next}) {
            assertThat(plan).contains("participants_user_active", "conversations_pkey", "messages_conversation_seq")
                    .doesNotContain("Seq Scan");
        }
    }

    @Test
    void search_never_scans_the_whole_messages_table() {
        String plan = explain(JdbiMessageRepository.SEARCH,
                Map.of("c", conversation, "seq", Long.MAX_VALUE, "q", "number", "limit", 51));

        assertThat(plan).doesNotContain("Seq Scan");
    }

    @Test
    void who_may_read_an_attached_file_is_an_index_probe_not_a_scan_of_the_messages() {
        String plan = explain(dev.parley.persistence.file.JdbiFileRepository.ATTACHED_WHERE_PARTICIPANT,
                Map.of("id", UUID.randomUUID(), "reader", user));

        assertThat(plan).contains("messages_attachments").doesNotContain("Seq Scan on messages");
    }

    private static String explainPositional(String sql, Object... parameters) {
        return database.withHandle(handle -> {
            var query = handle.createQuery("EXPLAIN " + sql);
            for (int i = 0; i < parameters.length; i++) {
                query.bind(i, parameters[i]);
            }
            return String.join("\n", query.mapTo(String.class).list());
        });
    }

    private static String explain(String sql, Map<String, Object> parameters) {
        return database.withHandle(handle -> {
            var query = handle.createQuery("EXPLAIN " + sql);
            parameters.forEach(query::bind);
            return String.join("\n", query.mapTo(String.class).list());
        });
    }
}
