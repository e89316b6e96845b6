package dev.parley.persistence.conversation;

import dev.parley.domain.conversation.Message;
import dev.parley.domain.file.Attachment;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StoredFile;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.file.FileRows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Puts the files into messages read with attachment placeholders: ONE query for a whole page, and none at all
 * when no message of the page carries a file (the common case costs nothing). A file that is gone stays a
 * placeholder: {@code {id, deleted: true}}.
 */
final class MessageFiles {
    private static final String FILES = "SELECT " + FileRows.COLUMNS + " FROM files f WHERE f.id = ANY (?) AND " + FileRows.VISIBLE;

    private MessageFiles() {
    }

    static List<Message> load(Database database, List<Message> messages) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Message message : messages) {
            for (Attachment attachment : message.attachments()) {
                ids.add(attachment.id().value());
            }
        }
        if (ids.isEmpty()) {
            return messages;
        }
        Map<FileId, StoredFile> files = database.withConnection(connection -> {
            Map<FileId, StoredFile> found = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(FILES)) {
                statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        StoredFile file = FileRows.file(rows);
                        found.put(file.id(), file);
                    }
                }
            }
            return found;
        });
        List<Message> loaded = new ArrayList<>(messages.size());
        for (Message message : messages) {
            loaded.add(message.attachments().isEmpty() ? message : message.withAttachments(message.attachments().stream()
                    .map(attachment -> files.containsKey(attachment.id()) ? Attachment.of(files.get(attachment.id()))
                            : attachment)
                    .toList()));
        }
        return loaded;
    }

    static Message loadOne(Database database, Message message) {
        return message == null || message.attachments().isEmpty() ? message : load(database, List.of(message)).getFirst();
    }
}
