package dev.parley.persistence.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationMembership;
import dev.parley.domain.conversation.ConversationSummary;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Objects;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Persistence adapter: conversations and participants in PostgreSQL. */
public final class JdbiConversationRepository implements ConversationRepository {
    private static final String SELECT_LIVE = "SELECT " + ConversationRows.CONVERSATION
            + " FROM conversations c WHERE c.id = :id AND c.deleted_at IS NULL";
    private static final String PARTICIPANT = "SELECT conversation_id, user_id, role, joined_at FROM participants ";

    private final Database database;

    public JdbiConversationRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<ConversationId> insert(Conversation conversation, String directKey, List<Participant> participants) {
        return database.withHandle(handle -> {
            int inserted = handle.createUpdate("""
                            INSERT INTO conversations (id, type, name, topic, avatar_url, direct_key, created_by,
                                created_at, updated_at, last_activity_at, last_seq, participant_count)
                            VALUES (:id, :type, :name, :topic, :avatarUrl, :directKey, :createdBy, :createdAt,
                                :createdAt, :createdAt, 0, :count)
                            ON CONFLICT (direct_key) DO NOTHING""")
                    .bind("id", conversation.id().value())
                    .bind("type", conversation.type().wire())
                    .bind("name", conversation.name())
                    .bind("topic", conversation.topic())
                    .bind("avatarUrl", conversation.avatarUrl())
                    .bind("directKey", directKey)
                    .bind("createdBy", conversation.createdBy().value())
                    .bind("createdAt", Timestamps.bind(conversation.createdAt()))
                    .bind("count", participants.size())
                    .execute();
            if (inserted == 0) {
                return findDirect(directKey);
            }
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO participants (conversation_id, user_id, role, joined_at, updated_at)
                    VALUES (:conversationId, :userId, :role, :joinedAt, :joinedAt)""");
            for (Participant participant : participants) {
                batch.bind("conversationId", participant.conversationId().value())
                        .bind("userId", participant.userId().value())
                        .bind("role", participant.role().wire())
                        .bind("joinedAt", Timestamps.bind(participant.joinedAt()))
                        .add();
            }
            batch.execute();
            return Optional.<ConversationId>empty();
        });
    }

    @Override
    public Optional<ConversationId> findDirect(String directKey) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT id FROM conversations WHERE direct_key = :key AND deleted_at IS NULL")
                .bind("key", directKey).mapTo(UUID.class).findOne().map(ConversationId::new));
    }

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return conversation(SELECT_LIVE, id);
    }

    @Override
    public Optional<ConversationMembership> findAsSeenBy(ConversationId id, UserId userId) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + ConversationRows.CONVERSATION + """
                        , p.user_id AS p_user_id, p.role AS p_role, p.joined_at AS p_joined_at
                          FROM conversations c
                          LEFT JOIN participants p
                            ON p.conversation_id = c.id AND p.user_id = :user AND p.left_at IS NULL
                         WHERE c.id = :id AND c.deleted_at IS NULL""")
                .bind("id", id.value()).bind("user", userId.value())
                .map((rs, ctx) -> {
                    Conversation conversation = ConversationRows.conversation(rs);
                    UUID member = rs.getObject("p_user_id", UUID.class);
                    Optional<Participant> participant = member == null ? Optional.empty()
                            : Optional.of(new Participant(id, new UserId(member),
                                    Role.valueOf(rs.getString("p_role").toUpperCase(java.util.Locale.ROOT)),
                                    Timestamps.read(rs, "p_joined_at")));
                    return new ConversationMembership(conversation, participant);
                })
                .findOne());
    }

    @Override
    public Map<Seat, ConversationMembership> findAllAsSeenBy(Collection<Seat> seats) {
        // LATERAL: one index probe per seat; the planner cannot size the arrays and might scan whole tables.
        String sql = "SELECT " + ConversationRows.CONVERSATION + """
                , s.seat_user, p.role AS p_role, p.joined_at AS p_joined_at
                  FROM unnest(?::uuid[], ?::uuid[]) AS s(seat_conversation, seat_user)
                  CROSS JOIN LATERAL (SELECT * FROM conversations x
                                       WHERE x.id = s.seat_conversation AND x.deleted_at IS NULL) c
                  LEFT JOIN LATERAL (SELECT * FROM participants x
                                      WHERE x.conversation_id = s.seat_conversation AND x.user_id = s.seat_user
                                        AND x.left_at IS NULL) p ON true""";
        return database.withConnection(connection -> {
            Map<Seat, ConversationMembership> seen = new HashMap<>();
            try (var statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("uuid",
                        seats.stream().map(seat -> seat.conversationId().value()).toArray()));
                statement.setArray(2, connection.createArrayOf("uuid",
                        seats.stream().map(seat -> seat.userId().value()).toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Conversation conversation = ConversationRows.conversation(rs);
                        UserId user = new UserId(rs.getObject("seat_user", UUID.class));
                        String role = rs.getString("p_role");
                        Optional<Participant> participant = role == null ? Optional.empty()
                                : Optional.of(new Participant(conversation.id(), user,
                                        Role.valueOf(role.toUpperCase(java.util.Locale.ROOT)),
                                        Timestamps.read(rs, "p_joined_at")));
                        seen.put(new Seat(conversation.id(), user), new ConversationMembership(conversation, participant));
                    }
                }
            }
            return seen;
        });
    }

    @Override
    public Optional<Conversation> lock(ConversationId id) {
        return conversation(SELECT_LIVE + " FOR UPDATE", id);
    }

    private Optional<Conversation> conversation(String sql, ConversationId id) {
        return database.withHandle(handle -> handle.createQuery(sql).bind("id", id.value())
                .map((rs, ctx) -> ConversationRows.conversation(rs)).findOne());
    }

    @Override
    public void update(Conversation conversation) {
        database.useHandle(handle -> handle.createUpdate("""
                        UPDATE conversations SET name = :name, topic = :topic, avatar_url = :avatarUrl,
                            participant_count = :count, updated_at = :updatedAt, deleted_at = :deletedAt
                         WHERE id = :id""")
                .bind("id", conversation.id().value())
                .bind("name", conversation.name())
                .bind("topic", conversation.topic())
                .bind("avatarUrl", conversation.avatarUrl())
                .bind("count", conversation.participantCount())
                .bind("updatedAt", Timestamps.bind(conversation.updatedAt()))
                .bind("deletedAt", Timestamps.bind(conversation.deletedAt()))
                .execute());
    }

    @Override
    public Optional<Participant> participant(ConversationId id, UserId userId) {
        return database.withHandle(handle -> handle.createQuery(PARTICIPANT
                        + "WHERE conversation_id = :id AND user_id = :user AND left_at IS NULL")
                .bind("id", id.value()).bind("user", userId.value())
                .map((rs, ctx) -> ConversationRows.participant(rs)).findOne());
    }

    @Override
    public List<Participant> participants(ConversationId id) {
        return database.withHandle(handle -> handle.createQuery(PARTICIPANT
                        + "WHERE conversation_id = :id AND left_at IS NULL ORDER BY joined_at, user_id")
                .bind("id", id.value()).map((rs, ctx) -> ConversationRows.participant(rs)).list());
    }

    @Override
    public void addParticipant(Participant participant, Instant at) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO participants (conversation_id, user_id, role, joined_at, updated_at)
                        VALUES (:id, :user, :role, :joinedAt, :at)
                        ON CONFLICT (conversation_id, user_id) DO UPDATE
                           SET role = EXCLUDED.role, joined_at = EXCLUDED.joined_at, left_at = NULL,
                               updated_at = EXCLUDED.updated_at""")
                .bind("id", participant.conversationId().value())
                .bind("user", participant.userId().value())
                .bind("role", participant.role().wire())
                .bind("joinedAt", Timestamps.bind(participant.joinedAt()))
                .bind("at", Timestamps.bind(at))
                .execute());
    }

    @Override
    public void changeRole(ConversationId id, UserId userId, Role role, Instant at) {
        database.useHandle(handle -> handle.createUpdate("""
                        UPDATE participants SET role = :role, updated_at = :at
                         WHERE conversation_id = :id AND user_id = :user AND left_at IS NULL""")
                .bind("id", id.value()).bind("user", userId.value()).bind("role", role.wire())
                .bind("at", Timestamps.bind(at)).execute());
    }

    @Override
    public void markLeft(ConversationId id, UserId userId, Instant at) {
        database.useHandle(handle -> handle.createUpdate("""
                        UPDATE participants SET left_at = :at, updated_at = :at
                         WHERE conversation_id = :id AND user_id = :user AND left_at IS NULL""")
                .bind("id", id.value()).bind("user", userId.value()).bind("at", Timestamps.bind(at)).execute());
    }

    @Override
    public Optional<ConversationSummary> summary(ConversationId id, UserId viewer) {
        return database.withHandle(handle -> handle.createQuery(SummaryQuery.sql("AND c.id = :id", ""))
                .bind("viewer", viewer.value()).bind("id", id.value())
                .map((rs, ctx) -> summary(rs)).findOne()).map(found -> withFiles(List.of(found)).getFirst());
    }

    @Override
    public List<ConversationSummary> list(UserId viewer, ActivityKey after, int limit) {
        // a meeting's chat is reached through its meeting, not listed among the viewer's conversations
        String keyset = SummaryQuery.NOT_A_MEETING + (after == null ? "" : SummaryQuery.KEYSET);
        return withFiles(database.withHandle(handle -> {
            var query = handle.createQuery(SummaryQuery.sql(keyset, SummaryQuery.NEWEST_FIRST))
                    .bind("viewer", viewer.value()).bind("limit", limit);
            if (after != null) {
                query.bind("afterAt", Timestamps.bind(after.lastActivityAt())).bind("afterId", after.id().value());
            }
            return query.map((rs, ctx) -> summary(rs)).list();
        }));
    }

    @Override
    public boolean advanceReadCursor(ConversationId id, UserId userId, long seq) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE participants SET last_read_seq = :seq, updated_at = now()
                         WHERE conversation_id = :id AND user_id = :user AND left_at IS NULL AND last_read_seq < :seq""")
                .bind("id", id.value()).bind("user", userId.value()).bind("seq", seq).execute()) > 0;
    }

    @Override
    public long readCursor(ConversationId id, UserId userId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT last_read_seq FROM participants WHERE conversation_id = :id AND user_id = :user")
                .bind("id", id.value()).bind("user", userId.value()).mapTo(Long.class).findOne().orElse(0L));
    }

    /** The files of the last messages: one query for the whole list, none when no last message carries one. */
    private List<ConversationSummary> withFiles(List<ConversationSummary> summaries) {
        List<Message> last = summaries.stream().map(ConversationSummary::lastMessage).filter(Objects::nonNull).toList();
        if (last.stream().allMatch(message -> message.attachments().isEmpty())) {
            return summaries;
        }
        Iterator<Message> loaded = MessageFiles.load(database, last).iterator();
        return summaries.stream().map(summary -> summary.lastMessage() == null ? summary
                : new ConversationSummary(summary.conversation(), loaded.next(), summary.unreadCount(),
                        summary.lastReadSeq(), summary.lastActivityAt())).toList();
    }

    private static ConversationSummary summary(ResultSet rs) throws SQLException {
        return new ConversationSummary(ConversationRows.conversation(rs), ConversationRows.message(rs, "lm_"),
                rs.getLong("unread_count"), rs.getLong("last_read_seq"), Timestamps.read(rs, "last_activity_at"));
    }
}
