-- Accounts: users, sessions with rotating refresh tokens, e-mail verification, password resets, mail outbox.

CREATE TABLE users (
    id                   uuid PRIMARY KEY,
    email                text,
    email_verified       boolean     NOT NULL DEFAULT false,
    username             text        NOT NULL,
    display_name         text        NOT NULL,
    avatar_url           text,
    bio                  text,
    who_can_message      text        NOT NULL DEFAULT 'everyone',
    who_can_call         text        NOT NULL DEFAULT 'everyone',
    presence_visible_to  text        NOT NULL DEFAULT 'contacts',
    share_read_receipts  boolean     NOT NULL DEFAULT true,
    password_hash        text        NOT NULL,
    created_at           timestamptz NOT NULL,
    deleted_at           timestamptz
);
-- Emails and usernames are stored normalised (lower case, accents folded), so plain unique indexes suffice.
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE UNIQUE INDEX users_username_key ON users (username);

CREATE TABLE sessions (
    id            uuid PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id),
    user_agent    text        NOT NULL DEFAULT '',
    ip            text        NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz NOT NULL,
    revoked_at    timestamptz
);
CREATE INDEX sessions_user_active ON sessions (user_id) WHERE revoked_at IS NULL;

-- Only SHA-256 digests of refresh tokens are stored. A rotated token stays so that its reuse is detected.
CREATE TABLE refresh_tokens (
    digest      text PRIMARY KEY,
    session_id  uuid        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL,
    expires_at  timestamptz NOT NULL,
    rotated_at  timestamptz
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

CREATE TABLE email_verifications (
    user_id          uuid PRIMARY KEY REFERENCES users (id),
    code_digest      text        NOT NULL,
    token_digest     text        NOT NULL UNIQUE,
    expires_at       timestamptz NOT NULL,
    failed_attempts  int         NOT NULL DEFAULT 0
);

CREATE TABLE password_resets (
    token_digest  text PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id),
    expires_at    timestamptz NOT NULL,
    used_at       timestamptz
);

-- Written in the same transaction as the account change; rows are deleted once the transport accepted them.
CREATE TABLE mail_outbox (
    id               bigserial PRIMARY KEY,
    recipient        text        NOT NULL,
    subject          text        NOT NULL,
    body             text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    attempts         int         NOT NULL DEFAULT 0,
    last_error       text
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at);
