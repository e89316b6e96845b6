-- Files: metadata here, bytes in the file storage (local disk or an S3-compatible bucket) under keys made of ids.

CREATE TABLE files (
    id            uuid PRIMARY KEY,
    owner_id      uuid        NOT NULL REFERENCES users (id),
    -- 'pending' while the bytes stream to storage (invisible to every read), 'ready' once stored.
    status        text        NOT NULL CHECK (status IN ('pending', 'ready')),
    name          text        NOT NULL,
    content_type  text        NOT NULL,
    size          bigint      NOT NULL DEFAULT 0,
    sha256        text,
    width         int,
    height        int,
    created_at    timestamptz NOT NULL,
    -- Kept as a tombstone so messages that carried the file can show {id, deleted: true}.
    deleted_at    timestamptz,
    -- Timer row: when the sweeper must look at this file (an upload that never finished, a file never attached,
    -- bytes of a deleted file still to remove). NULL = nothing to do.
    sweep_at      timestamptz
);
CREATE INDEX files_owner ON files (owner_id) WHERE deleted_at IS NULL;
CREATE INDEX files_sweep ON files (sweep_at) WHERE sweep_at IS NOT NULL;

-- The files a message carries, in order. NULL for the (many) messages without any: no index entry, no extra row.
ALTER TABLE messages ADD COLUMN attachment_ids uuid[];
CREATE INDEX messages_attachments ON messages USING gin (attachment_ids) WHERE attachment_ids IS NOT NULL;

-- The current avatar of a user or a group conversation; any signed-in user may load these files.
CREATE TABLE avatars (
    subject_id  uuid PRIMARY KEY,
    file_id     uuid NOT NULL REFERENCES files (id)
);
CREATE INDEX avatars_file ON avatars (file_id);
