-- Meetings: rooms found by code, their participants and media state, and the timers that end them.

CREATE TABLE meetings (
    id                 uuid PRIMARY KEY,
    code               text        NOT NULL,
    host_id            uuid        NOT NULL REFERENCES users (id),
    -- the meeting's chat is an ordinary conversation (history, seq, edits, message.* events)
    conversation_id    uuid        NOT NULL REFERENCES conversations (id),
    title              text        NOT NULL,
    description        text,
    scheduled_at       timestamptz,
    duration_minutes   int         NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    max_participants   int         NOT NULL CHECK (max_participants BETWEEN 2 AND 500),
    waiting_room       boolean     NOT NULL,
    mute_on_join       boolean     NOT NULL,
    allow_chat         boolean     NOT NULL,
    status             text        NOT NULL CHECK (status IN ('scheduled', 'active', 'ended')),
    created_at         timestamptz NOT NULL,
    started_at         timestamptz,
    ended_at           timestamptz,
    end_reason         text,
    -- timers are columns: expiry is fixed by the schedule, the empty grace counts from empty_since
    expires_at         timestamptz NOT NULL,
    empty_since        timestamptz,
    recording_status   text        NOT NULL DEFAULT 'idle' CHECK (recording_status IN ('idle', 'active', 'stopped')),
    recording_egress_id text,
    -- where the egress wrote the recording, and the Parley file made of it (no foreign key: files are their own feature)
    recording_location text,
    recording_file_id  uuid,
    CONSTRAINT meetings_code UNIQUE (code),
    CHECK ((status = 'ended') = (ended_at IS NOT NULL))
);
-- "Meetings I host", newest first.
CREATE INDEX meetings_host ON meetings (host_id, id DESC);
-- The sweeper's work list: only meetings that can still end are indexed, by each of their two deadlines.
CREATE INDEX meetings_expiry_due ON meetings (expires_at) WHERE status <> 'ended';
CREATE INDEX meetings_empty_due ON meetings (empty_since) WHERE status = 'active' AND empty_since IS NOT NULL;
CREATE INDEX meetings_egress ON meetings (recording_egress_id) WHERE recording_egress_id IS NOT NULL;

CREATE TABLE meeting_participants (
    meeting_id   uuid        NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    user_id      uuid        NOT NULL REFERENCES users (id),
    role         text        NOT NULL CHECK (role IN ('host', 'moderator', 'guest')),
    status       text        NOT NULL CHECK (status IN ('waiting', 'joined', 'left', 'removed')),
    -- first time let in (for "meetings I joined"); joined_at is the latest time
    first_joined_at timestamptz,
    joined_at    timestamptz,
    left_at      timestamptz,
    is_muted     boolean     NOT NULL DEFAULT false,
    is_video_on  boolean     NOT NULL DEFAULT false,
    is_sharing   boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (meeting_id, user_id)
);
-- "Meetings I joined", and capacity counts (joined rows of one meeting).
CREATE INDEX meeting_participants_user ON meeting_participants (user_id, meeting_id DESC) WHERE first_joined_at IS NOT NULL;
CREATE INDEX meeting_participants_joined ON meeting_participants (meeting_id) WHERE status = 'joined';

-- The tracks LiveKit told us about, per participant: what is_muted / is_video_on / is_sharing are derived from.
-- One row per track; a webhook older than the row's last one changes nothing (resends and out-of-order delivery).
CREATE TABLE meeting_tracks (
    meeting_id    uuid        NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    user_id       uuid        NOT NULL,
    track_sid     text        NOT NULL,
    source        text        NOT NULL CHECK (source IN ('microphone', 'camera', 'screen_share', 'other')),
    muted         boolean     NOT NULL,
    unpublished   boolean     NOT NULL,
    event_at      timestamptz NOT NULL,
    PRIMARY KEY (meeting_id, user_id, track_sid)
);

-- Meeting chats are conversations but not in anyone's conversation list.
ALTER TABLE conversations ADD COLUMN meeting_id uuid;
