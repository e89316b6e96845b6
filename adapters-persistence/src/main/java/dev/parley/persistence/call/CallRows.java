package dev.parley.persistence.call;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Active;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallMedia;
import dev.parley.domain.call.CallState;
import dev.parley.domain.call.Cancelled;
import dev.parley.domain.call.Declined;
import dev.parley.domain.call.EndReason;
import dev.parley.domain.call.Ended;
import dev.parley.domain.call.MediaPresence;
import dev.parley.domain.call.Missed;
import dev.parley.domain.call.Ringing;
import dev.parley.persistence.database.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Converts {@code calls} rows to calls: one column set per lifecycle state. */
public final class CallRows {
    private CallRows() {
    }

    public static Call toCall(ResultSet rs) throws SQLException {
        return Call.restore(new CallId(rs.getObject("id", UUID.class)), user(rs, "caller_id"), user(rs, "callee_id"),
                CallMedia.valueOf(rs.getString("media").toUpperCase(Locale.ROOT)), Timestamps.read(rs, "created_at"),
                state(rs));
    }

    private static CallState state(ResultSet rs) throws SQLException {
        Instant endedAt = Timestamps.read(rs, "ended_at");
        return switch (rs.getString("status")) {
            case "ringing" -> new Ringing(Timestamps.read(rs, "ring_deadline"));
            case "active" -> new Active(Timestamps.read(rs, "answered_at"),
                    new SessionId(rs.getObject("answered_session_id", UUID.class)),
                    new MediaPresence(presence(rs, "caller_media"), presence(rs, "callee_media")));
            case "declined" -> new Declined(endedAt);
            case "cancelled" -> new Cancelled(endedAt);
            case "missed" -> new Missed(endedAt);
            case "ended" -> new Ended(Timestamps.read(rs, "answered_at"), endedAt,
                    EndReason.valueOf(rs.getString("end_reason").toUpperCase(Locale.ROOT)),
                    rs.getObject("ended_by") == null ? null : user(rs, "ended_by"));
            default -> throw new IllegalStateException("unknown call status " + rs.getString("status"));
        };
    }

    static String presence(MediaPresence.Presence presence) {
        return presence.name().toLowerCase(Locale.ROOT);
    }

    private static MediaPresence.Presence presence(ResultSet rs, String column) throws SQLException {
        return MediaPresence.Presence.valueOf(rs.getString(column).toUpperCase(Locale.ROOT));
    }

    private static UserId user(ResultSet rs, String column) throws SQLException {
        return new UserId(rs.getObject(column, UUID.class));
    }
}
