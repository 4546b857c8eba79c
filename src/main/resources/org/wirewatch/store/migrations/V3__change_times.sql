-- Schema version 3: edits and withdrawals found by when they happened, as first sightings already
-- are (updates_by_first_seen), so a relay replays what a screen missed from history in one range
-- read per column instead of a scan of every row kept.
CREATE INDEX updates_by_edited ON updates (edited_ms);
CREATE INDEX updates_by_withdrawn ON updates (withdrawn_ms);
