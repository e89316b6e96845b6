package dev.parley.persistence.conversation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges the message search index's pending list in the background, so that no send waits for it.
 *
 * <p>The full-text index ({@code messages_search}, GIN with {@code fastupdate}) takes each new message into a
 * pending list, which is cheap. Once that list outgrows {@code gin_pending_list_limit} (4 MB), the insert that finds
 * it full merges the whole list into the index inside its own statement: measured with auto_explain during a fan-out
 * run, one group commit of 12 messages took 206 ms and wrote 50,333 WAL records, and every sender and receiver of
 * that batch waited it out (the fan-out's p99 jumped from ≈ 40 ms to 170–380 ms in the steps where it happened).
 * Merging from here every {@code interval} keeps each merge small and on nobody's commit path. Searches read the
 * pending list too, so a message is found as soon as it is committed, as before.
 */
public final class SearchIndexMaintenance implements AutoCloseable {
    /** Often enough that a merge handles about a second of messages, rarely enough to cost nothing when idle. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexMaintenance.class);
    private static final String MERGE = "SELECT gin_clean_pending_list('messages_search'::regclass)";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final DataSource dataSource;
    private final ScheduledExecutorService timer;
    private final AtomicLong mergedPages = new AtomicLong();

    private SearchIndexMaintenance(DataSource dataSource, ScheduledExecutorService timer) {
        this.dataSource = dataSource;
        this.timer = timer;
    }

    /** Merges every {@code interval} on one daemon thread until {@link #close()}. */
    public static SearchIndexMaintenance start(DataSource dataSource, Duration interval) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("parley-search-index").daemon().factory());
        SearchIndexMaintenance maintenance = new SearchIndexMaintenance(dataSource, timer);
        timer.scheduleWithFixedDelay(maintenance::mergeQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return maintenance;
    }

    /** Merges the pending list now; answers how many pending pages it merged (0 when there were none). */
    long mergePending() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(MERGE)) {
            rs.next();
            long pages = rs.getLong(1);
            mergedPages.addAndGet(pages);
            return pages;
        }
    }

    /** Pending pages merged since this was started. */
    long mergedPages() {
        return mergedPages.get();
    }

    private void mergeQuietly() {
        try {
            mergePending();
        } catch (SQLException failed) {
            if (INSUFFICIENT_PRIVILEGE.equals(failed.getSQLState())) {
                // Only the index's owner may merge; the inserts still do it themselves, as PostgreSQL does by default.
                LOG.warn("the search index's pending list cannot be merged in the background: {}", failed.getMessage());
                timer.shutdown();
            } else {
                // The database is away: /ready reports that; the next round tries again.
                LOG.debug("search index merge failed: {}", failed.getMessage());
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
