-- Meeting recordings become Parley files: the file id is chosen when the recording starts (LiveKit Egress writes
-- to that file's storage key + '.mp4') and becomes recording_file_id once egress_ended finds the bytes there.
ALTER TABLE meetings ADD COLUMN recording_output_id uuid;

-- The files access rule: "is this file the recording of a meeting the reader was let into?"
CREATE INDEX meetings_recording_file ON meetings (recording_file_id) WHERE recording_file_id IS NOT NULL;
