-- Real time: when each user was last seen online (presence itself lives in memory or Redis leases).
CREATE TABLE user_presence (
    user_id      uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    last_seen_at timestamptz NOT NULL
);
