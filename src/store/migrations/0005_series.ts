/**
 * Schema version 5: series. Each message's subject template (src/status/seriesKey.ts) is
 * recorded per list, so the archive sees a series grow and detection can weigh membership;
 * the weight last applied to a series' members tells which series changed (derived, rebuilt by
 * reindex). A user's pins (`archive series --include/--exclude`) are durable: reindex keeps them.
 * `analyses.base_score` is the detection score without the series' evidence.
 */
export const sql = `
CREATE TABLE message_series (
  message_rowid   INTEGER PRIMARY KEY REFERENCES messages(id),
  list_id         INTEGER NOT NULL REFERENCES lists(id),
  series_key      TEXT NOT NULL,
  series_name     TEXT NOT NULL
);
CREATE INDEX message_series_by_key ON message_series(list_id, series_key);

CREATE TABLE series_state (
  list_id         INTEGER NOT NULL REFERENCES lists(id),
  series_key      TEXT NOT NULL,
  weight          REAL NOT NULL,
  PRIMARY KEY (list_id, series_key)
);

CREATE TABLE series_pins (
  series_key      TEXT PRIMARY KEY,
  pin             TEXT NOT NULL CHECK (pin IN ('include', 'exclude')),
  at              TEXT NOT NULL
);

ALTER TABLE analyses ADD COLUMN base_score REAL;
`;
