-- Schema version 2: where a relay first read an update (its source id and name there), so a
-- screen fed by a relay still credits the original source after a restart. NULL for an update
-- read straight from its source; rows written by version 1 read as such.
ALTER TABLE updates ADD COLUMN origin_id TEXT;
ALTER TABLE updates ADD COLUMN origin_name TEXT;
ALTER TABLE revisions ADD COLUMN origin_id TEXT;
ALTER TABLE revisions ADD COLUMN origin_name TEXT;
