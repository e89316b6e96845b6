-- People: search, contact requests, contacts, blocks.

-- Display names folded like usernames (accents and case), maintained by the application, so
-- "zoe" finds "Zoë". Existing rows are backfilled here with the same folding for Latin letters.
ALTER TABLE users ADD COLUMN search_name text NOT NULL DEFAULT '';
UPDATE users SET search_name = replace(replace(replace(lower(translate(display_name,
    'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ',
    'aaaaaaceeeeiiiinoooooouuuuyaaaaaaceeeeiiiinoooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzs')), 'ß', 'ss'), 'æ', 'ae'), 'Æ', 'ae');

-- Prefix search (LIKE 'abc%') on live users; text_pattern_ops makes LIKE usable whatever the collation.
CREATE INDEX users_username_prefix ON users (username text_pattern_ops) WHERE deleted_at IS NULL;
CREATE INDEX users_search_name_prefix ON users (search_name text_pattern_ops) WHERE deleted_at IS NULL;

CREATE TABLE contact_requests (
    id            uuid PRIMARY KEY,
    from_user_id  uuid        NOT NULL REFERENCES users (id),
    to_user_id    uuid        NOT NULL REFERENCES users (id),
    message       text,
    status        text        NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled')),
    created_at    timestamptz NOT NULL,
    responded_at  timestamptz,
    CHECK (from_user_id <> to_user_id)
);
-- At most one pending request per ordered pair; answered ones stay as history.
CREATE UNIQUE INDEX contact_requests_pending_key ON contact_requests (from_user_id, to_user_id) WHERE status = 'pending';
CREATE INDEX contact_requests_incoming ON contact_requests (to_user_id, id) WHERE status = 'pending';
CREATE INDEX contact_requests_outgoing ON contact_requests (from_user_id, id) WHERE status = 'pending';

-- Both directions are stored, so "my contacts" and "are we contacts" are single index look-ups.
CREATE TABLE contacts (
    user_id     uuid        NOT NULL REFERENCES users (id),
    contact_id  uuid        NOT NULL REFERENCES users (id),
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, contact_id),
    CHECK (user_id <> contact_id)
);

CREATE TABLE blocks (
    blocker_id  uuid        NOT NULL REFERENCES users (id),
    blocked_id  uuid        NOT NULL REFERENCES users (id),
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id),
    CHECK (blocker_id <> blocked_id)
);
CREATE INDEX blocks_blocked ON blocks (blocked_id, blocker_id);
