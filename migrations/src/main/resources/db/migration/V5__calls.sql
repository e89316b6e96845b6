-- Calls: 1:1 calls with their lifecycle, and the table that makes "busy" atomic.

CREATE TABLE calls (
    id                   uuid PRIMARY KEY,
    caller_id            uuid        NOT NULL REFERENCES users (id),
    callee_id            uuid        NOT NULL REFERENCES users (id),
    media                text        NOT NULL CHECK (media IN ('audio', 'video')),
    status               text        NOT NULL CHECK (status IN ('ringing', 'active', 'declined', 'cancelled', 'missed', 'ended')),
    created_at           timestamptz NOT NULL,
    -- the ring timeout is a row, so any node's sweeper finds it, also after a restart
    ring_deadline        timestamptz NOT NULL,
    answered_at          timestamptz,
    answered_session_id  uuid,
    ended_at             timestamptz,
    end_reason           text,
    ended_by             uuid REFERENCES users (id),
    -- presence in the LiveKit room per side, from webhooks: absent | joined | left
    caller_media         text        NOT NULL DEFAULT 'absent',
    callee_media         text        NOT NULL DEFAULT 'absent',
    CHECK (caller_id <> callee_id),
    CHECK ((status IN ('ringing', 'active')) = (ended_at IS NULL)),
    CHECK ((status IN ('active', 'ended')) = (answered_at IS NOT NULL))
);
-- History of one user (either side), newest first: two keyset index scans merged.
CREATE INDEX calls_caller_history ON calls (caller_id, id DESC);
CREATE INDEX calls_callee_history ON calls (callee_id, id DESC);
-- The sweeper's work list stays tiny: only ringing calls are indexed.
CREATE INDEX calls_ringing_due ON calls (ring_deadline) WHERE status = 'ringing';

-- One row per party of a live (ringing or active) call; the primary key makes a second live call for the
-- same user impossible, whichever side they are on. Rows go when the call finishes.
CREATE TABLE call_parties (
    user_id  uuid PRIMARY KEY REFERENCES users (id),
    call_id  uuid NOT NULL REFERENCES calls (id) ON DELETE CASCADE
);
CREATE INDEX call_parties_call ON call_parties (call_id);
