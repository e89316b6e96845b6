package dev.parley.persistence.conversation;

/**
 * The one query behind the conversation list (and a single conversation as its viewer sees it): the
 * viewer's memberships via {@code participants_user_active}, the newest message by primary key
 * ({@code seq = last_seq} on {@code messages_conversation_seq}) and the unread count as a range scan of
 * the same index. No N+1, no OFFSET.
 */
final class SummaryQuery {
    static final String KEYSET = "AND (c.last_activity_at, c.id) < (:afterAt, :afterId)";
    static final String NOT_A_MEETING = "AND c.meeting_id IS NULL ";
    static final String NEWEST_FIRST = "ORDER BY c.last_activity_at DESC, c.id DESC LIMIT :limit";

    private SummaryQuery() {
    }

    static String sql(String condition, String tail) {
        return "SELECT " + ConversationRows.CONVERSATION + ", p.last_read_seq, " + ConversationRows.LAST_MESSAGE + """
                , (SELECT count(*) FROM messages u
                    WHERE u.conversation_id = c.id AND u.seq > p.last_read_seq
                      AND u.sender_id <> p.user_id AND u.deleted_at IS NULL) AS unread_count
                  FROM participants p
                  JOIN conversations c ON c.id = p.conversation_id AND c.deleted_at IS NULL
                  LEFT JOIN messages lm ON lm.conversation_id = c.id AND lm.seq = c.last_seq
                 WHERE p.user_id = :viewer AND p.left_at IS NULL
                """ + condition + "\n" + tail;
    }
}
