-- Conversations, participants, messages (gap-free seq per conversation), earlier versions of edited messages.

CREATE TABLE conversations (
    id                 uuid PRIMARY KEY,
    type               text        NOT NULL CHECK (type IN ('direct', 'group', 'broadcast')),
    name               text,
    topic              text,
    avatar_url         text,
    -- "smaller-uuid:larger-uuid" for direct conversations: one per pair, enforced here.
    direct_key         text,
    created_by         uuid        NOT NULL REFERENCES users (id),
    created_at         timestamptz NOT NULL,
    -- Moves on every change of the conversation or its membership (for "what changed since T").
    updated_at         timestamptz NOT NULL,
    -- Moves with every message; the order of the conversation list.
    last_activity_at   timestamptz NOT NULL,
    -- The seq counter: bumped with UPDATE ... RETURNING in the transaction that inserts the message.
    last_seq           bigint      NOT NULL DEFAULT 0,
    participant_count  int         NOT NULL DEFAULT 0,
    deleted_at         timestamptz,
    CONSTRAINT conversations_direct_key UNIQUE (direct_key)
);
CREATE INDEX conversations_updated ON conversations (updated_at);

CREATE TABLE participants (
    conversation_id  uuid        NOT NULL REFERENCES conversations (id),
    user_id          uuid        NOT NULL REFERENCES users (id),
    role             text        NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
    joined_at        timestamptz NOT NULL,
    left_at          timestamptz,
    updated_at       timestamptz NOT NULL,
    last_read_seq    bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (conversation_id, user_id)
);
-- "My conversations" and "my peers" start here.
CREATE INDEX participants_user_active ON participants (user_id, conversation_id) WHERE left_at IS NULL;
CREATE INDEX participants_conversation_active ON participants (conversation_id, joined_at) WHERE left_at IS NULL;
CREATE INDEX participants_updated ON participants (updated_at);

CREATE TABLE messages (
    id               uuid PRIMARY KEY,
    conversation_id  uuid        NOT NULL REFERENCES conversations (id),
    seq              bigint      NOT NULL,
    sender_id        uuid        NOT NULL REFERENCES users (id),
    type             text        NOT NULL CHECK (type IN ('text', 'system', 'file')),
    -- Kept when the message is soft-deleted (restore brings it back); every read path returns null then.
    content          text,
    reply_to_id      uuid REFERENCES messages (id),
    client_msg_id    text,
    created_at       timestamptz NOT NULL,
    edited_at        timestamptz,
    deleted_at       timestamptz,
    search_vector    tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(content, ''))) STORED,
    -- History pages are range scans of this index; it also guards against a duplicate seq.
    CONSTRAINT messages_conversation_seq UNIQUE (conversation_id, seq),
    -- Idempotent sends (NULL client ids never collide).
    CONSTRAINT messages_client_msg_id UNIQUE (conversation_id, sender_id, client_msg_id)
);
CREATE INDEX messages_search ON messages USING gin (search_vector) WHERE deleted_at IS NULL;

CREATE TABLE message_edits (
    id           bigserial PRIMARY KEY,
    message_id   uuid        NOT NULL REFERENCES messages (id),
    content      text        NOT NULL,
    written_at   timestamptz NOT NULL,
    replaced_at  timestamptz NOT NULL
);
CREATE INDEX message_edits_message ON message_edits (message_id, id);
