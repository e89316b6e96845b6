-- Who soft-deleted a message: a message an owner or admin deleted (moderation) is restored only by the one who
-- deleted it or by an owner/admin, never by its author alone. NULL while live, and for deletions made before
-- this column existed (those count as the author's own).
ALTER TABLE messages ADD COLUMN deleted_by uuid;
