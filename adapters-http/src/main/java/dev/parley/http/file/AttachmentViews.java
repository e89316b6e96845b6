package dev.parley.http.file;

import dev.parley.domain.file.Attachment;
import dev.parley.domain.file.in.FileLinks;
import java.util.List;

/**
 * Renders the files of a message wherever a message is written (history, events, sync, search, the send
 * answer). Message views are built by static factories on every path, so the node's link signer is installed
 * here once, when the file routes are built; the key is the node's, the same on every node of a cluster.
 */
public final class AttachmentViews {
    private static volatile FileLinks links;

    private AttachmentViews() {
    }

    public static void install(FileLinks signer) {
        links = signer;
    }

    public static List<Object> of(List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return List.of();
        }
        FileLinks signer = links;
        return attachments.stream().<Object>map(attachment -> attachment.isDeleted() || signer == null
                ? DeletedFileView.of(attachment.id().toString())
                : FileView.from(attachment.file(), signer)).toList();
    }
}
