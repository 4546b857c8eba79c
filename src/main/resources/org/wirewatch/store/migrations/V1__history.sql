-- Wirewatch history, schema version 1. Applied once, in one transaction, by Migrations.
-- Times are epoch milliseconds (UTC) for ordering and ranges; the source's own date-times are
-- kept verbatim (ISO-8601 with the source's offset) so a restored update reads as published.

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
CREATE INDEX updates_by_time ON updates (published_ms DESC);
CREATE INDEX updates_by_source_time ON updates (source, published_ms DESC);

-- Every earlier version of an update, as it was before an edit replaced it.
CREATE TABLE revisions (
  update_row    INTEGER NOT NULL REFERENCES updates (row_id) ON DELETE CASCADE,
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

CREATE TRIGGER updates_fts_insert AFTER INSERT ON updates BEGIN
  INSERT INTO updates_fts (rowid, headline, body, credit, source_name)
  VALUES (new.row_id, new.headline, new.body, coalesce(new.credit, ''), new.source_name);
END;

CREATE TRIGGER updates_fts_delete AFTER DELETE ON updates BEGIN
  INSERT INTO updates_fts (updates_fts, rowid, headline, body, credit, source_name)
  VALUES ('delete', old.row_id, old.headline, old.body, coalesce(old.credit, ''), old.source_name);
END;

CREATE TRIGGER updates_fts_update AFTER UPDATE OF headline, body, credit, source_name ON updates
BEGIN
  INSERT INTO updates_fts (updates_fts, rowid, headline, body, credit, source_name)
  VALUES ('delete', old.row_id, old.headline, old.body, coalesce(old.credit, ''), old.source_name);
  INSERT INTO updates_fts (rowid, headline, body, credit, source_name)
  VALUES (new.row_id, new.headline, new.body, coalesce(new.credit, ''), new.source_name);
END;
