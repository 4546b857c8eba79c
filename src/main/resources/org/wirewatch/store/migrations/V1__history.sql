-- Wirewatch history, schema version 1. Applied once, in one transaction, by Migrations.
-- Times are epoch milliseconds (UTC) for ordering and ranges; the source's own date-times are
-- kept verbatim (ISO-8601 with the source's offset) so a restored update reads as published.

-- row_id orders the table by publication: published_ms * 1024 plus a small tie-breaker. The
-- full-text index then walks matches newest first, and a time range is a rowid range, so search
-- stays fast and exact at millions of rows. An edit that moves the published time moves the row.
CREATE TABLE updates (
  row_id        INTEGER PRIMARY KEY,
  source        TEXT    NOT NULL,
  id            TEXT    NOT NULL,
  source_name   TEXT    NOT NULL DEFAULT '',
  published     TEXT    NOT NULL,
  published_ms  INTEGER NOT NULL,
  updated       TEXT,
  headline      TEXT    NOT NULL,
  body          TEXT    NOT NULL,
  html          TEXT,
  url           TEXT,
  credit        TEXT,
  tags          TEXT    NOT NULL DEFAULT '[]',
  priority      TEXT    NOT NULL,
  flags         TEXT    NOT NULL DEFAULT '[]',
  first_seen_ms INTEGER NOT NULL,
  edited_ms     INTEGER,
  withdrawn_ms  INTEGER,
  UNIQUE (source, id)
);
CREATE INDEX updates_by_source ON updates (source);
CREATE INDEX updates_by_first_seen ON updates (first_seen_ms);

-- Every earlier version of an update, as it was before an edit replaced it.
CREATE TABLE revisions (
  update_row    INTEGER NOT NULL REFERENCES updates (row_id) ON DELETE CASCADE ON UPDATE CASCADE,
  replaced_ms   INTEGER NOT NULL,
  published     TEXT    NOT NULL,
  updated       TEXT,
  headline      TEXT    NOT NULL,
  body          TEXT    NOT NULL,
  html          TEXT,
  url           TEXT,
  credit        TEXT,
  tags          TEXT    NOT NULL DEFAULT '[]',
  priority      TEXT    NOT NULL,
  flags         TEXT    NOT NULL DEFAULT '[]',
  first_seen_ms INTEGER NOT NULL,
  PRIMARY KEY (update_row, replaced_ms)
);

-- Where each source's reading stands: written in the same transaction as the updates it vouches
-- for. configured_url is the URL the user gave; url is where it answered (a permanent move).
CREATE TABLE cursors (
  source         TEXT PRIMARY KEY,
  configured_url TEXT,
  url            TEXT,
  etag           TEXT,
  last_modified  TEXT,
  served_ms      INTEGER,
  saved_ms       INTEGER NOT NULL
);

-- Full-text search over what a reader would search for; diacritics folded so "Zelenskyy" and
-- accented spellings meet. External content: the text lives once, in updates.
CREATE VIRTUAL TABLE updates_fts USING fts5 (
  headline, body, credit, source_name,
  content = 'updates', content_rowid = 'row_id',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Indexing follows the commit instead of running inside it: a burst of thousands of updates is
-- stored (crash-safe, with its cursor) first, then indexed in small transactions right after.
-- fts_pending lists the rows not indexed yet; a row that is not pending is indexed with exactly
-- its current values, which is what an external-content 'delete' must be given.
CREATE TABLE fts_pending (row_id INTEGER PRIMARY KEY);

CREATE TRIGGER updates_index_later AFTER INSERT ON updates BEGIN
  INSERT OR IGNORE INTO fts_pending (row_id) VALUES (new.row_id);
END;

CREATE TRIGGER updates_fts_delete AFTER DELETE ON updates BEGIN
  INSERT INTO updates_fts (updates_fts, rowid, headline, body, credit, source_name)
  SELECT 'delete', old.row_id, old.headline, old.body, coalesce(old.credit, ''), old.source_name
  WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE row_id = old.row_id);
  DELETE FROM fts_pending WHERE row_id = old.row_id;
END;

CREATE TRIGGER updates_fts_update
AFTER UPDATE OF row_id, headline, body, credit, source_name ON updates
WHEN old.row_id IS NOT new.row_id OR old.headline IS NOT new.headline OR old.body IS NOT new.body
  OR old.credit IS NOT new.credit OR old.source_name IS NOT new.source_name
BEGIN
  INSERT INTO updates_fts (updates_fts, rowid, headline, body, credit, source_name)
  SELECT 'delete', old.row_id, old.headline, old.body, coalesce(old.credit, ''), old.source_name
  WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE row_id = old.row_id);
  DELETE FROM fts_pending WHERE row_id = old.row_id;
  INSERT OR IGNORE INTO fts_pending (row_id) VALUES (new.row_id);
END;
