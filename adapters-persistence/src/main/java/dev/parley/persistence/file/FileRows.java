package dev.parley.persistence.file;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StoredFile;
import dev.parley.persistence.database.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Row ↔ domain mapping of {@code files}, shared with the message reads that load attachments. */
public final class FileRows {
    public static final String COLUMNS = "f.id, f.owner_id, f.name, f.content_type, f.size, f.sha256, f.width, f.height, f.created_at";
    /** Files a read may show: finished uploads that are not deleted. */
    public static final String VISIBLE = "f.status = 'ready' AND f.deleted_at IS NULL";

    private FileRows() {
    }

    public static StoredFile file(ResultSet rs) throws SQLException {
        return new StoredFile(new FileId(rs.getObject("id", UUID.class)), new UserId(rs.getObject("owner_id", UUID.class)),
                rs.getString("name"), rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256"),
                (Integer) rs.getObject("width"), (Integer) rs.getObject("height"), Timestamps.read(rs, "created_at"));
    }
}
