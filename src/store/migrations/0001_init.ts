/**
 * Schema version 1.
 *
 * DURABLE tables (the world may cite their ids; never dropped by reindex):
 *   lists, periods, messages, sync_runs (dropped by 0007, never used), run_lock, robots
 * DERIVED tables (rebuildable from messages by `archive reindex`; every row carries the
 * parser version that made it): analyses, sections, items, refs, aliases, quarantine
 */
export const sql = `
CREATE TABLE lists (
  id              INTEGER PRIMARY KEY,
  url             TEXT NOT NULL UNIQUE,      -- normalised list root, ends with '/'
  name            TEXT NOT NULL,
  added_at        TEXT NOT NULL,
  toc_etag        TEXT,
  toc_last_modified TEXT,
  toc_hash        TEXT,                      -- sha256 of the last TOC body seen
  last_sync_at    TEXT,                      -- last run that reached this list
  last_ok_at      TEXT                       -- last run that fetched everything it needed
);

CREATE TABLE periods (
  list_id         INTEGER NOT NULL REFERENCES lists(id),
  period          TEXT NOT NULL,             -- '2014-October', '2014q4', 'Week-of-Mon-20141006', ...
  kind            TEXT NOT NULL,
  start           TEXT,                      -- YYYY-MM-DD
  "end"           TEXT,
  label           TEXT,
  size_label      TEXT,                      -- TOC size label when last synced (change hint)
  text_url        TEXT,                      -- URL the stored text came from
  etag            TEXT,
  last_modified   TEXT,
  text_length     INTEGER,                   -- bytes of the (decompressed) text archive seen
  text_hash       TEXT,                      -- sha256 of those bytes
  tail_hash       TEXT,                      -- sha256 of the last TAIL bytes (Range append check)
  source          TEXT,                      -- 'mbox' or 'html'
  messages        INTEGER NOT NULL DEFAULT 0,
  status          TEXT NOT NULL DEFAULT 'pending',  -- 'ok' | 'failed' | 'pending'
  error           TEXT,
  attempts        INTEGER NOT NULL DEFAULT 0,
  synced_at       TEXT,
  PRIMARY KEY (list_id, period)
);

CREATE TABLE messages (
  id              INTEGER PRIMARY KEY,
  list_id         INTEGER NOT NULL REFERENCES lists(id),
  period          TEXT NOT NULL,
  message_id      TEXT,                      -- without <>; NULL when the message has none
  msg_key         TEXT NOT NULL,             -- 'mid:<id>' or 'sha256:<hash>'
  content_hash    TEXT NOT NULL,             -- sha256 of the entry without its From_ line
  source          TEXT NOT NULL,             -- 'mbox' (text archive entry) or 'html' (message page)
  seq             INTEGER,                   -- pipermail sequence number (NNNNNN.html), when known
  url             TEXT,                      -- archived page URL, when known
  subject         TEXT,
  author_name     TEXT,
  author_address  TEXT,
  date            TEXT,                      -- ISO-8601 UTC
  in_reply_to     TEXT,
  fetched_at      TEXT NOT NULL,
  -- Exactly as fetched. Last on purpose: SQLite reads a row's columns in order, so every column
  -- before a large blob is read without walking the blob's overflow pages.
  raw             BLOB NOT NULL,
  UNIQUE (list_id, msg_key, content_hash)
);
CREATE INDEX messages_by_key ON messages(msg_key);
CREATE INDEX messages_by_period ON messages(list_id, period);

-- At most one sync at a time: the holder's pid and a heartbeat; a dead or silent holder is stale.
CREATE TABLE run_lock (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  pid             INTEGER NOT NULL,
  host            TEXT NOT NULL,
  started_at      TEXT NOT NULL,
  heartbeat_at    TEXT NOT NULL
);

-- robots.txt per origin, remembered for a day so an hourly re-sync does not fetch it every time.
CREATE TABLE robots (
  origin          TEXT PRIMARY KEY,
  body            TEXT,                      -- NULL: the origin has none
  fetched_at      TEXT NOT NULL
);

CREATE TABLE sync_runs (
  id              INTEGER PRIMARY KEY,
  started_at      TEXT NOT NULL,
  ended_at        TEXT,
  pid             INTEGER NOT NULL,
  requests        INTEGER,
  new_messages    INTEGER,
  failures        INTEGER,
  ok              INTEGER
);

-- One row per stored message: what the parser made of it.
CREATE TABLE analyses (
  message_rowid   INTEGER PRIMARY KEY REFERENCES messages(id),
  is_report       INTEGER NOT NULL,
  reason          TEXT NOT NULL,
  parser_version  INTEGER NOT NULL
);

CREATE TABLE sections (
  id              INTEGER PRIMARY KEY,
  message_rowid   INTEGER NOT NULL REFERENCES messages(id),
  ord             INTEGER NOT NULL,
  title           TEXT NOT NULL,
  project         TEXT NOT NULL,             -- project reported on, as written ('' for none)
  project_key     TEXT NOT NULL,             -- normalised project name ('' for none)
  level           INTEGER NOT NULL,
  style           TEXT NOT NULL,
  is_contents     INTEGER NOT NULL,
  text            TEXT NOT NULL,
  start_line      INTEGER NOT NULL,
  end_line        INTEGER NOT NULL,
  parser_version  INTEGER NOT NULL
);
CREATE INDEX sections_by_project ON sections(project_key);
CREATE INDEX sections_by_message ON sections(message_rowid);

CREATE TABLE items (
  id              INTEGER PRIMARY KEY,
  section_id      INTEGER NOT NULL REFERENCES sections(id),
  parent_id       INTEGER REFERENCES items(id),
  ord             INTEGER NOT NULL,
  text            TEXT NOT NULL,
  label           TEXT,
  urls            TEXT NOT NULL,             -- JSON array
  start_line      INTEGER NOT NULL,
  end_line        INTEGER NOT NULL,
  parser_version  INTEGER NOT NULL
);
CREATE INDEX items_by_section ON items(section_id);

CREATE TABLE refs (
  id              INTEGER PRIMARY KEY,
  item_id         INTEGER REFERENCES items(id),
  section_id      INTEGER NOT NULL REFERENCES sections(id),
  url             TEXT NOT NULL,
  system          TEXT NOT NULL,
  kind            TEXT NOT NULL,             -- 'review' | 'bug' | 'link'
  ref_id          TEXT,
  ref_key         TEXT NOT NULL,
  status          TEXT,
  parser_version  INTEGER NOT NULL
);
CREATE INDEX refs_by_key ON refs(ref_key);
CREATE INDEX refs_by_section ON refs(section_id);

-- Project name aliases: declared in posts ('JBR (formerly NSR)') or in the aliases config.
CREATE TABLE aliases (
  name_key        TEXT NOT NULL,
  other_key       TEXT NOT NULL,
  name            TEXT NOT NULL,
  other           TEXT NOT NULL,
  source          TEXT NOT NULL,             -- 'post' or 'config'
  message_rowid   INTEGER,
  PRIMARY KEY (name_key, other_key)
);

-- Messages the parser could not read: kept raw (in messages), the error here, retried by reindex.
CREATE TABLE quarantine (
  message_rowid   INTEGER PRIMARY KEY REFERENCES messages(id),
  error           TEXT NOT NULL,
  parser_version  INTEGER NOT NULL,
  at              TEXT NOT NULL
);
`;
