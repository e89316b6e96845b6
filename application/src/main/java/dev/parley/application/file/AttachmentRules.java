package dev.parley.application.file;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.Attachment;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.shared.ParleyException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a message may carry: 1–{@value #MAX} files, each uploaded by the sender, each at most once; all read
 * with one query, and only when the message names files (messages without files cost nothing here).
 */
public final class AttachmentRules {
    public static final int MAX = 10;
    private static final String FIELD = "attachment_ids";

    private final FileRepository files;

    public AttachmentRules(FileRepository files) {
        this.files = files;
    }

    /** The files, in the order given; an empty or absent list means none. */
    public List<Attachment> resolve(UserId sender, List<String> rawIds) {
        if (rawIds == null || rawIds.isEmpty()) {
            return List.of();
        }
        if (rawIds.size() > MAX) {
            throw ParleyException.invalid(FIELD, "at most " + MAX + " files per message");
        }
        Set<FileId> ids = new LinkedHashSet<>();
        for (String raw : rawIds) {
            if (!ids.add(FileId.parse(FIELD, raw))) {
                throw ParleyException.invalid(FIELD, "each file may be attached only once");
            }
        }
        Map<FileId, StoredFile> found = files.findAll(ids);
        List<Attachment> attachments = new ArrayList<>(ids.size());
        for (FileId id : ids) {
            StoredFile file = found.get(id);
            if (file == null || !file.ownedBy(sender)) {
                throw ParleyException.invalid(FIELD, "unknown file id " + id + " (attach files you uploaded)");
            }
            attachments.add(Attachment.of(file));
        }
        return attachments;
    }
}
